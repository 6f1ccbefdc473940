package com.porchlight.base.ui.chart;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named series of values over time, oldest point first. {@code color} picks the series' {@link Palette} entry, so a
 * series keeps its colour when others are hidden; -1 takes the series' position in the chart.
 */
public record TimeSeries(String name, List<Point> points, int color) {

    /** One value; {@code hover} is the point's tooltip, or null for "name: value, date". */
    public record Point(Instant at, double value, @Nullable String hover) {
        public Point(Instant at, double value) {
            this(at, value, null);
        }
    }

    public TimeSeries(String name, List<Point> points) {
        this(name, points, -1);
    }

    public TimeSeries {
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).at().isBefore(points.get(i - 1).at())) {
                throw new IllegalArgumentException("Points of " + name + " are not in time order");
            }
        }
    }

    int colorOr(int position) {
        return color >= 0 ? color : position;
    }
}
