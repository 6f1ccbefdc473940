package com.porchlight.base.ui.chart;

/** Sizes of chart text: no browser measures it on the server, so widths are estimated generously. */
public final class ChartText {

    public static final int FONT_SIZE = 12;
    public static final String FILL = "#5b6b7b";
    public static final String GRID = "#e3e8ee";
    public static final String AXIS = "#b8c2cc";

    private ChartText() {
    }

    /** An estimate of the rendered width of {@code text} at {@link #FONT_SIZE}: wide enough for digits and capitals. */
    public static double width(String text) {
        return text.length() * FONT_SIZE * 0.6;
    }
}
