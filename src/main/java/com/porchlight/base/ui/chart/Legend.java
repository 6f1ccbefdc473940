package com.porchlight.base.ui.chart;

import java.util.List;

/** A legend of series swatches above the plot, wrapping to more rows when the chart is narrow. */
public final class Legend {

    /** A series' swatch: a stroke for lines, a filled block for bars ({@code block}). */
    public record Item(String label, String color, String dash, boolean block) {

        public Item(String label, String color, String dash) {
            this(label, color, dash, false);
        }

        public static Item bar(String label, String color) {
            return new Item(label, color, "", true);
        }
    }

    static final int ROW_HEIGHT = 20;
    private static final int SWATCH = 18;
    private static final int GAP = 20;

    private Legend() {
    }

    /** The height the legend takes at that width (0 when there is nothing to tell apart). */
    public static int height(List<Item> items, double width) {
        return items.size() < 2 ? 0 : rows(items, width) * ROW_HEIGHT;
    }

    /** Draws the legend with its top left corner at (x, y); a single series needs no legend. */
    public static void draw(SvgWriter svg, List<Item> items, double x, double y, double width) {
        if (items.size() < 2) {
            return;
        }
        svg.open("g", "class", "pl-chart-legend", "font-size", Integer.toString(ChartText.FONT_SIZE));
        double cx = x;
        double cy = y + ROW_HEIGHT / 2.0;
        for (Item item : items) {
            double w = itemWidth(item);
            if (cx > x && cx + w > x + width) {
                cx = x;
                cy += ROW_HEIGHT;
            }
            if (item.block()) {
                svg.empty("rect", "x", SvgWriter.num(cx + 3), "y", SvgWriter.num(cy - 6), "width", "12", "height",
                        "12", "rx", "2", "fill", item.color());
            } else {
                svg.empty("line", "x1", SvgWriter.num(cx), "y1", SvgWriter.num(cy), "x2",
                        SvgWriter.num(cx + SWATCH), "y2", SvgWriter.num(cy), "stroke", item.color(), "stroke-width",
                        "3", "stroke-dasharray", item.dash());
            }
            svg.element("text", item.label(), "x", SvgWriter.num(cx + SWATCH + 6), "y", SvgWriter.num(cy + 4),
                    "fill", "#334155");
            cx += w;
        }
        svg.close("g");
    }

    private static int rows(List<Item> items, double width) {
        int rows = 1;
        double cx = 0;
        for (Item item : items) {
            double w = itemWidth(item);
            if (cx > 0 && cx + w > width) {
                rows++;
                cx = 0;
            }
            cx += w;
        }
        return rows;
    }

    private static double itemWidth(Item item) {
        return SWATCH + 6 + ChartText.width(item.label()) + GAP;
    }
}
