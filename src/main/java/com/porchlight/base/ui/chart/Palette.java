package com.porchlight.base.ui.chart;

/**
 * Series colours: the console's navy and amber first, then hues that stay apart for the common colour-vision
 * deficiencies (after Okabe and Ito), each dark enough for thin lines on white. Past the colours, dashes tell
 * series apart.
 */
public final class Palette {

    private static final String[] COLORS = {
        "#1d4a72", // navy
        "#e69f00", // amber
        "#009e73", // bluish green
        "#cc5500", // vermilion
        "#a0527d", // reddish purple
        "#3a8fc4", // sky blue, darkened for contrast on white
        "#6b7280", // grey
    };

    private static final String[] DASHES = {"none", "6 3", "2 3", "8 3 2 3"};

    private Palette() {
    }

    public static String color(int series) {
        return COLORS[Math.floorMod(series, COLORS.length)];
    }

    /** A stroke-dasharray: "none" (solid) for the first round of colours. */
    public static String dash(int series) {
        return DASHES[Math.floorMod(series / COLORS.length, DASHES.length)];
    }

    public static int size() {
        return COLORS.length;
    }
}
