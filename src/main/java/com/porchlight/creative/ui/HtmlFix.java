package com.porchlight.creative.ui;

import com.porchlight.creative.HtmlSanitiser;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/**
 * Applies a finding's suggested text to an HTML field. The engine's offsets point into the field's visible text, not
 * its markup, so the edit is made where that text sits in the markup, and only if the result reads exactly as
 * intended; otherwise nothing is changed and the editor offers to copy the suggestion instead.
 */
final class HtmlFix {

    private static final int ANCHOR = 40;

    private HtmlFix() {
    }

    /** The edited HTML, or empty when the span cannot be found unambiguously in the markup. */
    static Optional<String> apply(String html, int start, int end, String suggestion) {
        String visible = HtmlSanitiser.visibleText(html);
        if (start < 0 || end > visible.length() || start > end) {
            return Optional.empty();
        }
        String escaped = escape(suggestion);
        String expected = visible.substring(0, start) + (start == end ? " " : "") + suggestion
                + (start == end ? " " : "") + visible.substring(end);
        String edited;
        if (start < end) {
            edited = replaceOccurrence(html, visible, visible.substring(start, end), start, escaped, true);
        } else if (visible.isBlank()) {
            edited = html + "<p>" + escaped + "</p>";
        } else if (start >= visible.length()) {
            edited = html + "<p>" + escaped + "</p>";
        } else if (start == 0) {
            edited = "<p>" + escaped + "</p>" + html;
        } else {
            int lineStart = visible.lastIndexOf('\n', start - 1) + 1;
            String anchor = visible.substring(Math.max(lineStart, start - ANCHOR), start);
            edited = anchor.isBlank() ? null
                    : replaceOccurrence(html, visible, anchor, start - anchor.length(), " " + escaped, false);
        }
        if (edited == null || !same(HtmlSanitiser.visibleText(edited), expected)) {
            return Optional.empty();
        }
        return Optional.of(edited);
    }

    /**
     * Finds the n-th occurrence of {@code text} in the markup, where n is its position among the occurrences in the
     * visible text; refuses when the markup holds it a different number of times (e.g. also inside an attribute).
     */
    private static String replaceOccurrence(String html, String visible, String text, int at, String insert,
            boolean replace) {
        int nth = 0;
        int total = 0;
        for (int i = visible.indexOf(text); i >= 0; i = visible.indexOf(text, i + 1)) {
            if (i < at) {
                nth++;
            }
            total++;
        }
        String needle = escape(text);
        int found = -1;
        int count = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            if (count == nth) {
                found = i;
            }
            count++;
        }
        if (found < 0 || count != total) {
            return null;
        }
        int after = found + needle.length();
        return replace ? html.substring(0, found) + insert + html.substring(after)
                : html.substring(0, after) + insert + html.substring(after);
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().equals(b.replaceAll("\\s+", " ").strip());
    }

    static String escape(String text) {
        return Entities.escape(text).replace("\n", "<br>");
    }
}
