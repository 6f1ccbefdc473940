package com.porchlight.base.ui.chart;

/**
 * The value axis every chart shares: horizontal grid lines at the scale's ticks, labelled on the left. Line charts,
 * bar charts and histograms draw it the same way, so their numbers read alike.
 */
public final class ValueAxis {

    private ValueAxis() {
    }

    /** The width the tick labels need, for the plot's left margin. */
    public static double labelWidth(NiceScale scale, String unit) {
        double width = 0;
        for (double tick : scale.ticks()) {
            width = Math.max(width, ChartText.width(scale.label(tick) + unit));
        }
        return width;
    }

    /** Grid lines across [left, right]; the scale's minimum at {@code bottom}, its maximum at {@code top}. */
    public static void draw(SvgWriter svg, NiceScale scale, String unit, double left, double right, double top,
            double bottom) {
        svg.open("g", "class", "pl-chart-y", "fill", ChartText.FILL);
        for (double tick : scale.ticks()) {
            double y = scale.position(tick, bottom, top);
            svg.empty("line", "x1", SvgWriter.num(left), "x2", SvgWriter.num(right), "y1", SvgWriter.num(y),
                    "y2", SvgWriter.num(y), "stroke", ChartText.GRID);
            svg.element("text", scale.label(tick) + unit, "x", SvgWriter.num(left - 8), "y", SvgWriter.num(y + 4),
                    "text-anchor", "end");
        }
        svg.close("g");
    }
}
