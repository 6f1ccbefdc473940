package com.porchlight.base.ui.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value axis with round ticks: the data's range widened to whole steps of 1, 2, 2.5 or 5 times a power of ten
 * ("nice numbers", Heckbert, Graphics Gems 1990). Bar charts start theirs at zero by passing 0 as the minimum.
 */
public record NiceScale(double min, double max, double step) {

    /** At most {@code maxTicks} ticks (at least 2) covering [dataMin, dataMax]. */
    public static NiceScale of(double dataMin, double dataMax, int maxTicks) {
        if (!Double.isFinite(dataMin) || !Double.isFinite(dataMax) || dataMin > dataMax) {
            throw new IllegalArgumentException("No range: " + dataMin + " to " + dataMax);
        }
        int ticks = Math.max(2, maxTicks);
        if (dataMin == dataMax) {
            // One value: a band around it, so the line sits in the middle and not on the frame.
            double pad = dataMin == 0 ? 1 : Math.abs(dataMin) * 0.05;
            dataMin -= pad;
            dataMax += pad;
        }
        double step = nice((dataMax - dataMin) / (ticks - 1));
        double min = Math.floor(dataMin / step + 1e-9) * step;
        double max = Math.ceil(dataMax / step - 1e-9) * step;
        while ((max - min) / step + 1 > ticks + 1e-9) {
            step = nice(step * 1.5);
            min = Math.floor(dataMin / step + 1e-9) * step;
            max = Math.ceil(dataMax / step - 1e-9) * step;
        }
        return new NiceScale(min, max, step);
    }

    /** The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least {@code raw}. */
    static double nice(double raw) {
        double exponent = Math.floor(Math.log10(raw));
        double fraction = raw / Math.pow(10, exponent);
        double nice = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 2.5 + 1e-9 ? 2.5
                : fraction <= 5 + 1e-9 ? 5 : 10;
        return nice * Math.pow(10, exponent);
    }

    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        int n = (int) Math.round((max - min) / step);
        for (int i = 0; i <= n; i++) {
            // Through BigDecimal, so 0.1 + 0.2 is 0.3 on the axis.
            ticks.add(BigDecimal.valueOf(min + i * step).setScale(decimals() + 2, java.math.RoundingMode.HALF_UP)
                    .doubleValue());
        }
        return ticks;
    }

    /** Decimals a tick label needs: 0 for a step of 5, 1 for 0.5, 2 for 0.25. */
    public int decimals() {
        BigDecimal s = BigDecimal.valueOf(step).stripTrailingZeros();
        return Math.max(0, s.scale());
    }

    /** A tick label: "6.5", "1,200". */
    public String label(double value) {
        return String.format(Locale.US, "%,." + decimals() + "f", value);
    }

    /** Where {@code value} lands between {@code from} (at {@link #min}) and {@code to} (at {@link #max}). */
    public double position(double value, double from, double to) {
        return from + (value - min) / (max - min) * (to - from);
    }
}
