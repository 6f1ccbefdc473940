package com.porchlight.creative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes author HTML safe to preview and store: an allow-list of formatting elements (no scripts, frames, forms,
 * styles sheets or event handlers, links only to http, https, mailto and tel), and no tracking pixels — images that
 * are tiny, hidden, or loaded from anywhere but https are removed. Says what it removed, so the author is not
 * surprised.
 */
public final class HtmlSanitiser {

    /** The sanitised HTML and a plain-English list of what was taken out. */
    public record Result(String html, List<String> removed) {
        public boolean changed() {
            return !removed.isEmpty();
        }

        public String note() {
            return String.join("; ", removed);
        }
    }

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("center", "font", "hr", "span", "div")
            .addAttributes(":all", "style", "align", "title")
            .addAttributes("table", "width", "cellpadding", "cellspacing", "border", "bgcolor")
            .addAttributes("td", "bgcolor", "valign")
            .addAttributes("font", "color", "size", "face")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .removeProtocols("img", "src", "http")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    /** CSS that can load something or run something; escapes (a backslash) are refused outright, not decoded. */
    private static final Pattern STYLE_URL = Pattern.compile(
            "(?i)url\\s*\\(|image-set\\s*\\(|expression\\s*\\(|javascript:|@import|\\\\");
    private static final Pattern HIDDEN = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden"
            + "|font-size\\s*:\\s*0(?![.\\d])|opacity\\s*:\\s*0?\\.?0*\\s*(;|$)|max-height\\s*:\\s*0(?![.\\d])");
    /** Positioning that lets copy cover the page it is shown in (the reviewer's screen included). */
    private static final Pattern OVERLAY = Pattern.compile("(?i)position\\s*:\\s*(fixed|absolute|sticky)|z-index");

    private HtmlSanitiser() {
    }

    public static Result sanitise(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        Map<String, Integer> removed = new LinkedHashMap<>();
        countDangerous(dirty, removed);
        removeTrackingPixels(dirty, removed);
        for (Element e : dirty.body().select("[style]")) {
            String style = e.attr("style");
            if (HIDDEN.matcher(style).find() && e.parent() != null) {
                // Text a reader cannot see must not satisfy a disclosure rule, nor hide anything from a reviewer.
                e.remove();
                removed.merge("hidden element", 1, Integer::sum);
            } else if (STYLE_URL.matcher(style).find()) {
                e.removeAttr("style");
                removed.merge("style with a URL, escape or script", 1, Integer::sum);
            } else if (OVERLAY.matcher(style).find()) {
                e.removeAttr("style");
                removed.merge("style that positions over the page", 1, Integer::sum);
            }
        }
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
        List<String> notes = new ArrayList<>();
        removed.forEach((what, n) -> notes.add(n + " " + what + (n == 1 ? "" : "s")));
        return new Result(clean.body().html(), List.copyOf(notes));
    }

    private static void countDangerous(Document doc, Map<String, Integer> removed) {
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            switch (tag) {
                case "script" -> removed.merge("script", 1, Integer::sum);
                case "iframe", "frame", "object", "embed" -> removed.merge("embedded frame or object", 1, Integer::sum);
                case "form", "input", "button", "textarea", "select" -> removed.merge("form element", 1, Integer::sum);
                case "style", "link", "meta", "base" -> removed.merge("<" + tag + "> element", 1, Integer::sum);
                default -> {
                }
            }
            for (var attribute : e.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    removed.merge("event handler (" + key + ")", 1, Integer::sum);
                } else if ((key.equals("href") || key.equals("src"))
                        && attribute.getValue().strip().toLowerCase(Locale.ROOT).matches("^(javascript|vbscript|data):.*")) {
                    removed.merge("script or data link", 1, Integer::sum);
                }
            }
        }
    }

    private static void removeTrackingPixels(Document doc, Map<String, Integer> removed) {
        for (Element img : doc.select("img")) {
            String src = img.attr("src").strip().toLowerCase(Locale.ROOT);
            boolean tiny = size(img.attr("width")) <= 2 || size(img.attr("height")) <= 2
                    || HIDDEN.matcher(img.attr("style")).find();
            if (tiny) {
                img.remove();
                removed.merge("tracking pixel", 1, Integer::sum);
            } else if (!src.startsWith("https://")) {
                img.remove();
                removed.merge("image not served over https", 1, Integer::sum);
            }
        }
    }

    /** A width or height attribute in pixels; absent or unreadable counts as large. */
    private static int size(String value) {
        String digits = value.strip().replaceAll("px$", "");
        try {
            return digits.isEmpty() ? Integer.MAX_VALUE : (int) Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** What a reader sees: block elements become line breaks, tags and entities are gone. */
    public static String visibleText(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style").remove();
        // Source line breaks are spaces in HTML; only elements break lines.
        for (Element e : doc.body().getAllElements()) {
            if (!e.normalName().equals("pre")) {
                for (org.jsoup.nodes.TextNode t : e.textNodes()) {
                    t.text(t.getWholeText().replaceAll("\\s+", " "));
                }
            }
        }
        doc.select("br").after("\n");
        doc.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, table").after("\n");
        doc.outputSettings().prettyPrint(false);
        StringBuilder out = new StringBuilder();
        for (String line : doc.body().wholeText().split("\n")) {
            String s = line.strip().replaceAll("\\s+", " ");
            if (!s.isEmpty()) {
                out.append(s).append('\n');
            }
        }
        return out.toString().strip();
    }
}
