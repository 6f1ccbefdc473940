package com.porchlight.base.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The SVG of a line chart over a numeric x axis (an ROC curve, a lift chart): both axes with round ticks from
 * {@link NiceScale}, grid lines, axis titles, a legend, one line per series, a marker on every emphasized point and a
 * hover target with a tooltip on each point. Plain Java; the {@link XyChart} component shows it.
 */
public final class XyChartSvg {

    /**
     * What the chart says and how it is drawn. {@code xTitle}/{@code yTitle} name the axes; a range left null is the
     * data's own; {@code xFormat}/{@code yFormat} write values in tooltips and the spoken summary.
     */
    public record Options(String title, String xTitle, String yTitle, @Nullable Range x, @Nullable Range y,
            DoubleFunction<String> xFormat, DoubleFunction<String> yFormat, String emptyText, int width,
            int height) {

        public static Options of(String title) {
            DoubleFunction<String> plain = v -> String.format(Locale.US, "%,.2f", v);
            return new Options(title, "", "", null, null, plain, plain, "No data.", 640, 400);
        }

        public Options withAxisTitles(String xText, String yText) {
            return new Options(title, xText, yText, x, y, xFormat, yFormat, emptyText, width, height);
        }

        public Options withRanges(@Nullable Range newX, @Nullable Range newY) {
            return new Options(title, xTitle, yTitle, newX, newY, xFormat, yFormat, emptyText, width, height);
        }

        public Options withFormats(DoubleFunction<String> newX, DoubleFunction<String> newY) {
            return new Options(title, xTitle, yTitle, x, y, newX, newY, emptyText, width, height);
        }

        public Options withEmptyText(String text) {
            return new Options(title, xTitle, yTitle, x, y, xFormat, yFormat, text, width, height);
        }

        public Options withSize(int newWidth, int newHeight) {
            return new Options(title, xTitle, yTitle, x, y, xFormat, yFormat, emptyText, newWidth, newHeight);
        }
    }

    /** A fixed axis range (the unit square of an ROC curve: 0 to 1 on both). */
    public record Range(double min, double max) {
        public Range {
            if (!(max > min)) {
                throw new IllegalArgumentException("No range: " + min + " to " + max);
            }
        }
    }

    /** Markers are drawn on every point only when lines have few points; emphasized points always get one. */
    static final int MARKERS_UP_TO = 30;

    private XyChartSvg() {
    }

    public static String render(List<XySeries> series, Options o) {
        List<XySeries> drawn = series.stream().filter(s -> !s.points().isEmpty()).toList();
        var svg = new SvgWriter();
        ValueAxis.open(svg, summary(drawn, o), o.width(), o.height());
        if (drawn.stream().allMatch(XySeries::reference)) {
            ValueAxis.empty(svg, o.emptyText(), o.width(), o.height());
            return svg.close("svg").toString();
        }
        NiceScale y = scale(drawn, o.y(), false, 6);
        List<Legend.Item> legend = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            legend.add(new Legend.Item(drawn.get(i).name(), color(drawn, i), dash(drawn, i)));
        }
        double left = ValueAxis.margin(y, "") + (o.yTitle().isEmpty() ? 0 : 18);
        double right = o.width() - 14;
        NiceScale x = scale(drawn, o.x(), true, Math.max(2, (int) ((right - left) / 70)));
        double legendHeight = Legend.height(legend, right - left);
        double top = legendHeight == 0 ? 12 : legendHeight + 16;
        double bottom = o.height() - 24 - (o.xTitle().isEmpty() ? 0 : 16);
        Legend.draw(svg, legend, left, 4, right - left);
        ValueAxis.draw(svg, y, "", left, right, bottom, top);

        svg.open("g", "class", "pl-chart-x", "fill", ChartText.FILL);
        for (double tick : x.ticks()) {
            double px = x.position(tick, left, right);
            svg.empty("line", "x1", SvgWriter.num(px), "x2", SvgWriter.num(px), "y1", SvgWriter.num(top), "y2",
                    SvgWriter.num(bottom), "stroke", ChartText.GRID);
            svg.element("text", x.label(tick), "x", SvgWriter.num(px), "y", SvgWriter.num(bottom + 16),
                    "text-anchor", px - left < 12 ? "start" : right - px < 12 ? "end" : "middle");
        }
        svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(right), "y1", SvgWriter.num(bottom), "y2",
                SvgWriter.num(bottom), "stroke", ChartText.AXIS);
        svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(left), "y1", SvgWriter.num(top), "y2",
                SvgWriter.num(bottom), "stroke", ChartText.AXIS);
        if (!o.xTitle().isEmpty()) {
            svg.element("text", o.xTitle(), "x", SvgWriter.num((left + right) / 2), "y", SvgWriter.num(bottom + 34),
                    "text-anchor", "middle");
        }
        if (!o.yTitle().isEmpty()) {
            double cy = (top + bottom) / 2;
            svg.element("text", o.yTitle(), "x", "0", "y", "0", "text-anchor", "middle", "transform",
                    "translate(12 " + SvgWriter.num(cy) + ") rotate(-90)");
        }
        svg.close("g");

        for (int i = 0; i < drawn.size(); i++) {
            XySeries s = drawn.get(i);
            var path = new StringBuilder();
            for (XySeries.Point p : s.points()) {
                path.append(path.isEmpty() ? "M" : " L").append(SvgWriter.num(x.position(p.x(), left, right)))
                        .append(' ').append(SvgWriter.num(y.position(p.y(), bottom, top)));
            }
            String color = color(drawn, i);
            svg.open("g", "class", s.reference() ? "pl-chart-reference" : "pl-chart-series");
            svg.empty("path", "d", path.toString(), "fill", "none", "stroke", color, "stroke-width",
                    s.reference() ? "1.5" : "2", "stroke-dasharray", dash(drawn, i), "stroke-linejoin", "round");
            if (!s.reference()) {
                boolean markers = s.points().size() <= MARKERS_UP_TO;
                for (XySeries.Point p : s.points()) {
                    String hover = p.hover() != null ? p.hover()
                            : s.name() + ": " + o.xFormat().apply(p.x()) + ", " + o.yFormat().apply(p.y());
                    boolean shown = markers || p.emphasized();
                    svg.open("circle", "cx", SvgWriter.num(x.position(p.x(), left, right)), "cy",
                            SvgWriter.num(y.position(p.y(), bottom, top)), "r", p.emphasized() ? "5" : shown ? "3"
                                    : "5", "fill", shown ? color : "transparent", "stroke", p.emphasized() ? "#ffffff"
                                    : "none", "stroke-width", "1.5", "pointer-events", "all");
                    svg.element("title", hover);
                    svg.close("circle");
                }
            }
            svg.close("g");
        }
        return svg.close("svg").toString();
    }

    private static NiceScale scale(List<XySeries> series, @Nullable Range fixed, boolean horizontal, int maxTicks) {
        if (fixed != null) {
            NiceScale nice = NiceScale.of(fixed.min(), fixed.max(), maxTicks);
            return new NiceScale(fixed.min(), fixed.max(), nice.step());
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (XySeries s : series) {
            for (XySeries.Point p : s.points()) {
                double v = horizontal ? p.x() : p.y();
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return NiceScale.of(lo, hi, maxTicks);
    }

    private static String color(List<XySeries> series, int i) {
        String c = series.get(i).color();
        return c != null ? c : Palette.color(i);
    }

    private static String dash(List<XySeries> series, int i) {
        String d = series.get(i).dash();
        return d != null ? d : Palette.dash(i);
    }

    /** What a screen reader says: the title, then each series' emphasized points (or its ends). */
    static String summary(List<XySeries> series, Options o) {
        if (series.stream().allMatch(XySeries::reference)) {
            return o.title() + ". " + o.emptyText();
        }
        var s = new StringBuilder(o.title()).append('.');
        for (XySeries one : series) {
            if (one.reference()) {
                continue;
            }
            List<XySeries.Point> told = one.points().stream().filter(XySeries.Point::emphasized).toList();
            if (told.isEmpty()) {
                told = one.points().size() == 1 ? one.points() : List.of(one.points().getFirst(),
                        one.points().getLast());
            }
            s.append(' ').append(one.name()).append(':');
            for (int i = 0; i < told.size(); i++) {
                XySeries.Point p = told.get(i);
                s.append(i == 0 ? " " : "; ").append(p.hover() != null ? p.hover()
                        : o.xTitle() + " " + o.xFormat().apply(p.x()) + ", " + o.yTitle() + " "
                                + o.yFormat().apply(p.y()));
            }
            s.append('.');
        }
        return s.toString();
    }
}
