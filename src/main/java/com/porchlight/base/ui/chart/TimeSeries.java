package com.porchlight.base.ui.chart;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A named series of values over time, oldest point first. */
public record TimeSeries(String name, List<Point> points) {

    /** One value; {@code hover} is the point's tooltip, or null for "name: value, date". */
    public record Point(Instant at, double value, @Nullable String hover) {
        public Point(Instant at, double value) {
            this(at, value, null);
        }
    }

    public TimeSeries {
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).at().isBefore(points.get(i - 1).at())) {
                throw new IllegalArgumentException("Points of " + name + " are not in time order");
            }
        }
    }
}
