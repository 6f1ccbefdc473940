package com.porchlight.base.ui.chart;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The SVG of a line chart over time: value axis with round ticks and grid lines, a time axis at calendar
 * boundaries, a legend, one line per series and a hover target with a tooltip on each point. Plain Java; the
 * {@link LineChart} component shows it.
 */
public final class LineChartSvg {

    /** How a line joins two points. */
    public enum Shape {
        /** A straight line: a measured quantity between samples. */
        LINEAR,
        /** The value holds until the next point, the last one until the end of the range: a price in force. */
        STEP
    }

    /**
     * What the chart says and how it is drawn. {@code title} is what a screen reader announces first; {@code unit}
     * follows the axis labels ("%"); {@code from}/{@code to} fix the time range (null: the data's own);
     * {@code format} writes a value in tooltips and the spoken summary.
     */
    public record Options(String title, String unit, Shape shape, @Nullable Instant from, @Nullable Instant to,
            DoubleFunction<String> format, String emptyText, int width, int height) {

        public static Options of(String title) {
            return new Options(title, "", Shape.LINEAR, null, null, v -> String.format(Locale.US, "%,.2f", v),
                    "No data for this range.", 960, 320);
        }

        public Options withUnit(String newUnit) {
            return new Options(title, newUnit, shape, from, to, format, emptyText, width, height);
        }

        public Options withShape(Shape newShape) {
            return new Options(title, unit, newShape, from, to, format, emptyText, width, height);
        }

        public Options withRange(@Nullable Instant newFrom, @Nullable Instant newTo) {
            return new Options(title, unit, shape, newFrom, newTo, format, emptyText, width, height);
        }

        public Options withFormat(DoubleFunction<String> newFormat) {
            return new Options(title, unit, shape, from, to, newFormat, emptyText, width, height);
        }

        public Options withEmptyText(String text) {
            return new Options(title, unit, shape, from, to, format, text, width, height);
        }

        public Options withSize(int newWidth, int newHeight) {
            return new Options(title, unit, shape, from, to, format, emptyText, newWidth, newHeight);
        }
    }

    /** Markers are drawn only when lines have few points; the invisible hover targets are always there. */
    static final int MARKERS_UP_TO = 60;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US)
            .withZone(ZoneOffset.UTC);

    private LineChartSvg() {
    }

    public static String render(List<TimeSeries> series, Options o) {
        List<TimeSeries> drawn = series.stream().filter(s -> !s.points().isEmpty()).toList();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        @Nullable Instant first = null;
        @Nullable Instant last = null;
        for (TimeSeries s : drawn) {
            lo = Math.min(lo, s.points().stream().mapToDouble(TimeSeries.Point::value).min().orElseThrow());
            hi = Math.max(hi, s.points().stream().mapToDouble(TimeSeries.Point::value).max().orElseThrow());
            Instant a = s.points().getFirst().at();
            Instant b = s.points().getLast().at();
            first = first == null || a.isBefore(first) ? a : first;
            last = last == null || b.isAfter(last) ? b : last;
        }
        Instant from = o.from() != null ? o.from() : first;
        Instant to = o.to() != null ? o.to() : last;
        var svg = new SvgWriter();
        ValueAxis.open(svg, summary(drawn, o), o.width(), o.height());
        if (drawn.isEmpty() || from == null || to == null) {
            ValueAxis.empty(svg, o.emptyText(), o.width(), o.height());
            return svg.close("svg").toString();
        }
        if (!to.isAfter(from)) {
            from = from.minus(Duration.ofHours(12));
            to = to.plus(Duration.ofHours(12));
        }

        NiceScale y = NiceScale.of(lo, hi, 6);
        List<Legend.Item> legend = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            int c = drawn.get(i).colorOr(i);
            legend.add(new Legend.Item(drawn.get(i).name(), Palette.color(c), Palette.dash(c)));
        }
        double left = ValueAxis.margin(y, o.unit());
        double right = o.width() - 16;
        double legendHeight = Legend.height(legend, right - left);
        double top = legendHeight == 0 ? 12 : legendHeight + 16;
        double bottom = o.height() - 26;
        Legend.draw(svg, legend, left, 4, right - left);

        ValueAxis.draw(svg, y, o.unit(), left, right, bottom, top);

        // Time axis.
        double span = Duration.between(from, to).toMillis();
        Instant t0 = from;
        java.util.function.Function<Instant, Double> x = at -> left
                + Math.clamp(Duration.between(t0, at).toMillis() / span, 0, 1) * (right - left);
        // "Jan 2026" needs about 60 px; the rest is air between labels.
        int maxTicks = Math.max(2, (int) ((right - left) / 100));
        svg.open("g", "class", "pl-chart-x", "fill", ChartText.FILL);
        svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(right), "y1", SvgWriter.num(bottom),
                "y2", SvgWriter.num(bottom), "stroke", ChartText.AXIS);
        for (TimeTicks.Tick tick : TimeTicks.between(from, to, maxTicks)) {
            double px = x.apply(tick.at());
            svg.empty("line", "x1", SvgWriter.num(px), "x2", SvgWriter.num(px), "y1", SvgWriter.num(bottom),
                    "y2", SvgWriter.num(bottom + 5), "stroke", ChartText.AXIS);
            // Labels near the edges are kept inside the picture.
            String anchor = px - left < 30 ? "start" : right - px < 30 ? "end" : "middle";
            svg.element("text", tick.label(), "x", SvgWriter.num(px), "y", SvgWriter.num(bottom + 18),
                    "text-anchor", anchor);
        }
        svg.close("g");

        for (int i = 0; i < drawn.size(); i++) {
            TimeSeries s = drawn.get(i);
            String color = Palette.color(s.colorOr(i));
            var path = new StringBuilder();
            for (TimeSeries.Point p : s.points()) {
                double px = x.apply(p.at());
                double py = y.position(p.value(), bottom, top);
                if (path.isEmpty()) {
                    path.append('M').append(SvgWriter.num(px)).append(' ').append(SvgWriter.num(py));
                } else {
                    if (o.shape() == Shape.STEP) {
                        path.append(" H").append(SvgWriter.num(px));
                    }
                    path.append(" L").append(SvgWriter.num(px)).append(' ').append(SvgWriter.num(py));
                }
            }
            if (o.shape() == Shape.STEP) {
                path.append(" H").append(SvgWriter.num(right));
            }
            svg.open("g", "class", "pl-chart-series");
            svg.empty("path", "d", path.toString(), "fill", "none", "stroke", color, "stroke-width", "2",
                    "stroke-dasharray", Palette.dash(s.colorOr(i)), "stroke-linejoin", "round");
            boolean markers = s.points().size() <= MARKERS_UP_TO;
            for (TimeSeries.Point p : s.points()) {
                String hover = p.hover() != null ? p.hover()
                        : s.name() + ": " + o.format().apply(p.value()) + ", " + DATE.format(p.at());
                svg.open("circle", "cx", SvgWriter.num(x.apply(p.at())), "cy",
                        SvgWriter.num(y.position(p.value(), bottom, top)), "r", markers ? "3" : "5",
                        "fill", markers ? color : "transparent", "pointer-events", "all");
                svg.element("title", hover);
                svg.close("circle");
            }
            svg.close("g");
        }
        return svg.close("svg").toString();
    }

    /** What a screen reader says: the title, then each series' first and last value with their dates. */
    static String summary(List<TimeSeries> series, Options o) {
        if (series.isEmpty()) {
            return o.title() + ". " + o.emptyText();
        }
        var s = new StringBuilder(o.title()).append('.');
        for (TimeSeries one : series) {
            TimeSeries.Point first = one.points().getFirst();
            TimeSeries.Point last = one.points().getLast();
            s.append(' ').append(one.name()).append(": ").append(o.format().apply(first.value())).append(" on ")
                    .append(DATE.format(first.at()));
            if (one.points().size() > 1) {
                s.append(" to ").append(o.format().apply(last.value())).append(" on ").append(DATE.format(last.at()));
            }
            s.append('.');
        }
        return s.toString();
    }
}
