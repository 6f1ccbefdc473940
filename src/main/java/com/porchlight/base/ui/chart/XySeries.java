package com.porchlight.base.ui.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named line through (x, y) points, in drawing order. {@code color} and {@code dash} override the palette's (a
 * reference line such as a chart's diagonal is grey and dashed); {@code reference} lines get no hover targets.
 */
public record XySeries(String name, List<Point> points, @Nullable String color, @Nullable String dash,
        boolean reference) {

    /** One point; {@code hover} is its tooltip (null: "name: x, y"); an {@code emphasized} point is always marked. */
    public record Point(double x, double y, @Nullable String hover, boolean emphasized) {
        public Point(double x, double y) {
            this(x, y, null, false);
        }
    }

    public XySeries {
        points = List.copyOf(points);
    }

    public XySeries(String name, List<Point> points) {
        this(name, points, null, null, false);
    }

    /** A grey dashed line without tooltips: a baseline to compare the others with. */
    public static XySeries reference(String name, List<Point> points) {
        return new XySeries(name, points, Palette.color(6), "5 4", true);
    }
}
