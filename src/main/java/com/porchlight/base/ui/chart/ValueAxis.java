package com.porchlight.base.ui.chart;

/**
 * The value axis every chart shares: horizontal grid lines at the scale's round ticks, labelled on the left. Line
 * charts, bar charts and histograms draw it the same way, so their numbers read alike.
 */
public final class ValueAxis {

    private ValueAxis() {
    }

    /** The width the tick labels need. */
    public static double labelWidth(NiceScale scale, String unit) {
        double width = 0;
        for (double tick : scale.ticks()) {
            width = Math.max(width, ChartText.width(scale.label(tick) + unit));
        }
        return width;
    }

    /** The room the tick labels need left of the plot, with a gap before it. */
    public static double margin(NiceScale scale, String unit) {
        return Math.ceil(labelWidth(scale, unit)) + 14;
    }

    /** Grid lines across [left, right] and labels right-aligned just left of {@code left}. */
    public static void draw(SvgWriter svg, NiceScale scale, String unit, double left, double right, double bottom,
            double top) {
        svg.open("g", "class", "pl-chart-y", "fill", ChartText.FILL);
        for (double tick : scale.ticks()) {
            double py = scale.position(tick, bottom, top);
            svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(right), "y1", SvgWriter.num(py),
                    "y2", SvgWriter.num(py), "stroke", ChartText.GRID);
            svg.element("text", scale.label(tick) + unit, "x", SvgWriter.num(left - 8), "y", SvgWriter.num(py + 4),
                    "text-anchor", "end");
        }
        svg.close("g");
    }

    /** An empty chart: a frame with the reason in the middle. */
    static void empty(SvgWriter svg, String text, int width, int height) {
        svg.empty("rect", "x", "0.5", "y", "0.5", "width", Integer.toString(width - 1), "height",
                Integer.toString(height - 1), "fill", "none", "stroke", ChartText.GRID, "rx", "8");
        svg.element("text", text, "x", SvgWriter.num(width / 2.0), "y", SvgWriter.num(height / 2.0), "text-anchor",
                "middle", "fill", ChartText.FILL);
    }

    /** The opening tag every chart starts with: a responsive, labelled image. */
    static void open(SvgWriter svg, String ariaLabel, int width, int height) {
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + width + " " + height, "role",
                "img", "aria-label", ariaLabel, "class", "pl-chart-svg", "font-size",
                Integer.toString(ChartText.FONT_SIZE), "width", "100%");
    }
}
