package com.porchlight.base.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The SVG of a bar chart: one group of bars per category (a histogram's bins), one bar per series side by side, a
 * value axis from zero with round ticks, category labels thinned out where they would collide, vertical markers (a
 * threshold) and a tooltip on each bar. Plain Java; the {@link BarChart} component shows it.
 */
public final class BarChartSvg {

    /** A category on the axis: its short {@code label} and what a tooltip calls it ("score 65 to 69.99"). */
    public record Category(String label, String description) {
    }

    /** A named series: one value per category, in the categories' order. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /**
     * A vertical line across the plot at {@code at}, counted in categories from the left edge of the first one (2.0 is
     * the boundary between the second and the third category), labelled at the top.
     */
    public record Marker(double at, String label, String color) {
    }

    /**
     * What the chart says and how it is drawn. {@code title} is what a screen reader announces first; {@code format}
     * writes a value ("1,234 leads"); {@code axisTitle} names the categories below the axis (empty: none).
     */
    public record Options(String title, String axisTitle, DoubleFunction<String> format, String emptyText, int width,
            int height) {

        public static Options of(String title) {
            return new Options(title, "", v -> String.format(Locale.US, "%,.0f", v), "No data.", 960, 320);
        }

        public Options withAxisTitle(String text) {
            return new Options(title, text, format, emptyText, width, height);
        }

        public Options withFormat(DoubleFunction<String> newFormat) {
            return new Options(title, axisTitle, newFormat, emptyText, width, height);
        }

        public Options withEmptyText(String text) {
            return new Options(title, axisTitle, format, text, width, height);
        }

        public Options withSize(int newWidth, int newHeight) {
            return new Options(title, axisTitle, format, emptyText, newWidth, newHeight);
        }
    }

    /** The share of a category's width its bars take; the rest separates neighbouring groups. */
    static final double GROUP_SHARE = 0.8;

    private BarChartSvg() {
    }

    public static String render(List<Category> categories, List<Series> series, List<Marker> markers, Options o) {
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException(s.name() + " has " + s.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
        var svg = new SvgWriter();
        ValueAxis.open(svg, summary(categories, series, o), o.width(), o.height());
        if (categories.isEmpty() || series.isEmpty()) {
            ValueAxis.empty(svg, o.emptyText(), o.width(), o.height());
            return svg.close("svg").toString();
        }
        double hi = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max()
                .orElse(0);
        double lo = Math.min(0, series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue)
                .min().orElse(0));
        NiceScale y = NiceScale.of(lo, Math.max(hi, lo + 1), 6);
        List<Legend.Item> legend = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            legend.add(Legend.Item.bar(series.get(i).name(), Palette.color(i)));
        }
        double left = ValueAxis.margin(y, "");
        double right = o.width() - 12;
        double legendHeight = Legend.height(legend, right - left);
        double markerRows = markers.isEmpty() ? 0 : 16 * markers.size();
        double top = (legendHeight == 0 ? 12 : legendHeight + 14) + markerRows;
        double bottom = o.height() - 24 - (o.axisTitle().isEmpty() ? 0 : 16);
        Legend.draw(svg, legend, left, 4, right - left);
        ValueAxis.draw(svg, y, "", left, right, bottom, top);

        int n = categories.size();
        double band = (right - left) / n;
        double zero = y.position(0, bottom, top);
        svg.open("g", "class", "pl-chart-x", "fill", ChartText.FILL);
        svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(right), "y1", SvgWriter.num(zero), "y2",
                SvgWriter.num(zero), "stroke", ChartText.AXIS);
        int every = labelEvery(categories, band);
        for (int c = 0; c < n; c += every) {
            double cx = left + band * (c + 0.5);
            svg.element("text", categories.get(c).label(), "x", SvgWriter.num(cx), "y", SvgWriter.num(bottom + 16),
                    "text-anchor", "middle");
        }
        if (!o.axisTitle().isEmpty()) {
            svg.element("text", o.axisTitle(), "x", SvgWriter.num((left + right) / 2), "y",
                    SvgWriter.num(bottom + 34), "text-anchor", "middle");
        }
        svg.close("g");

        double barWidth = band * GROUP_SHARE / series.size();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            svg.open("g", "class", "pl-chart-bars", "fill", Palette.color(i));
            for (int c = 0; c < n; c++) {
                double v = s.values().get(c);
                double x = left + band * c + band * (1 - GROUP_SHARE) / 2 + barWidth * i;
                double py = y.position(v, bottom, top);
                // A zero bar is still a hover target, one pixel high, so every bin answers "how many?".
                double h = Math.max(1, Math.abs(zero - py));
                svg.open("rect", "x", SvgWriter.num(x), "y", SvgWriter.num(Math.min(py, zero - (v == 0 ? 1 : 0))),
                        "width", SvgWriter.num(Math.max(1, barWidth - 1)), "height", SvgWriter.num(h));
                svg.element("title", s.name() + ": " + o.format().apply(v) + ", " + categories.get(c).description());
                svg.close("rect");
            }
            svg.close("g");
        }

        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            double px = left + band * Math.clamp(marker.at(), 0, n);
            double labelY = top - markerRows + 12 + 16 * m;
            svg.open("g", "class", "pl-chart-marker");
            svg.empty("line", "x1", SvgWriter.num(px), "x2", SvgWriter.num(px), "y1", SvgWriter.num(labelY + 3),
                    "y2", SvgWriter.num(bottom), "stroke", marker.color(), "stroke-width", "1.5", "stroke-dasharray",
                    "4 3");
            boolean flip = right - px < ChartText.width(marker.label()) + 6;
            svg.element("text", marker.label(), "x", SvgWriter.num(flip ? px - 4 : px + 4), "y",
                    SvgWriter.num(labelY), "text-anchor", flip ? "end" : "start", "fill", marker.color());
            svg.close("g");
        }
        return svg.close("svg").toString();
    }

    /** Every how many categories a label fits without touching its neighbour. */
    static int labelEvery(List<Category> categories, double band) {
        double widest = categories.stream().mapToDouble(c -> ChartText.width(c.label())).max().orElse(0) + 6;
        return Math.max(1, (int) Math.ceil(widest / band));
    }

    /** What a screen reader says: the title, then each series' total and its largest category. */
    static String summary(List<Category> categories, List<Series> series, Options o) {
        if (categories.isEmpty() || series.isEmpty()) {
            return o.title() + ". " + o.emptyText();
        }
        var s = new StringBuilder(o.title()).append('.');
        for (Series one : series) {
            int peak = 0;
            double total = 0;
            for (int c = 0; c < one.values().size(); c++) {
                total += one.values().get(c);
                if (one.values().get(c) > one.values().get(peak)) {
                    peak = c;
                }
            }
            s.append(' ').append(one.name()).append(": ").append(o.format().apply(total)).append(" in all, most at ")
                    .append(categories.get(peak).description()).append(" (")
                    .append(o.format().apply(one.values().get(peak))).append(").");
        }
        return s.toString();
    }
}
