package com.porchlight.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;

/** A line of text shown again with marked spans (the compliance check and the creative editor mark findings). */
public final class Highlights {

    /**
     * A span to mark: {@code [start, end)} in the text, a CSS modifier ({@code pl-mark-<kind>}) and a tooltip.
     */
    public record Mark(int start, int end, String kind, String title) {
    }

    private Highlights() {
    }

    /**
     * The text with its marks, or null when none of them is a non-empty span inside the text. Overlapping marks: the
     * first by position wins.
     */
    public static @org.jspecify.annotations.Nullable Div line(String text, List<Mark> marks) {
        List<Mark> spans = marks.stream().filter(m -> m.end() > m.start() && m.end() <= text.length())
                .sorted(Comparator.comparingInt(Mark::start)).toList();
        if (spans.isEmpty()) {
            return null;
        }
        var line = new Div();
        line.addClassName("pl-highlight-line");
        int at = 0;
        for (Mark m : spans) {
            if (m.start() < at) {
                continue;
            }
            if (m.start() > at) {
                line.add(new Span(text.substring(at, m.start())));
            }
            var mark = new Span(text.substring(m.start(), m.end()));
            mark.addClassName("pl-mark");
            mark.addClassName("pl-mark-" + m.kind());
            mark.setTitle(m.title());
            line.add(mark);
            at = m.end();
        }
        if (at < text.length()) {
            line.add(new Span(text.substring(at)));
        }
        return line;
    }
}
