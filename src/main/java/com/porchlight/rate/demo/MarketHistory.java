package com.porchlight.rate.demo;

import com.porchlight.rate.MarketAverages;
import com.porchlight.rate.RateProduct;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A believable weekly rate history, as plain Java: the 30-year fixed follows the quarterly market averages the demo
 * leads' note rates are priced from (lead.demo.DemoLeadGenerator, Freddie Mac PMMS rounded), interpolated between
 * quarter midpoints, with small seeded week-to-week noise that fades out towards today; the other products keep the
 * same program and term offsets as the demo leads. Deterministic for a given seed and day.
 */
final class MarketHistory {

    /** Thursday-morning rate sheets: 13:30 UTC is 8:30 in New York in winter. */
    static final LocalTime SHEET_TIME = LocalTime.of(13, 30);

    record Point(RateProduct product, BigDecimal rate, BigDecimal apr, Instant effectiveAt, int creditScore,
            BigDecimal ltv) {
    }

    private MarketHistory() {
    }

    /** Rate against the 30-year fixed conventional, as the demo leads price programs and terms. */
    static double offset(RateProduct product) {
        return switch (product) {
            case CONV_30_FIXED -> 0;
            case CONV_15_FIXED -> -0.65;
            case FHA_30_FIXED -> -0.25;
            case VA_30_FIXED -> -0.35;
            case JUMBO_30_FIXED -> 0.10;
            case ARM_7_6 -> -0.40;
        };
    }

    /** APR above the rate at 0 points: fees spread over the term, plus FHA's mortgage insurance and VA's funding fee. */
    static double aprSpread(RateProduct product) {
        return switch (product) {
            case CONV_30_FIXED -> 0.12;
            case CONV_15_FIXED -> 0.20;
            case FHA_30_FIXED -> 0.95;
            case VA_30_FIXED -> 0.24;
            case JUMBO_30_FIXED -> 0.07;
            // The APR of an ARM assumes the index stays put: after 7 years the rate resets higher.
            case ARM_7_6 -> 0.62;
        };
    }

    /** The quoted loan-to-value: 96.5 % is FHA's minimum down payment, VA lends the full value. */
    static BigDecimal ltv(RateProduct product) {
        return switch (product) {
            case FHA_30_FIXED -> new BigDecimal("96.50");
            case VA_30_FIXED -> new BigDecimal("100.00");
            default -> new BigDecimal("80.00");
        };
    }

    /** The market's 30-year fixed on that day: quarterly averages joined by straight lines between quarter middles. */
    static double market(LocalDate day) {
        double t = quarterIndex(day);
        int lower = (int) Math.floor(t);
        double w = t - lower;
        return (1 - w) * quarter(lower) + w * quarter(lower + 1);
    }

    /** Fractional quarters since 2020 Q1's middle (mid-February is 0). */
    private static double quarterIndex(LocalDate day) {
        LocalDate start = LocalDate.of(2020, 1, 1);
        int q = (day.getYear() - 2020) * 4 + (day.getMonthValue() - 1) / 3;
        LocalDate qStart = start.plusMonths(3L * q);
        double within = ChronoUnit.DAYS.between(qStart, day) / (double) ChronoUnit.DAYS.between(qStart,
                qStart.plusMonths(3));
        return q + within - 0.5;
    }

    private static double quarter(int index) {
        return MarketAverages.quarter(index);
    }

    /**
     * {@code weeks} + 1 entries per product, one a week, the last effective {@code now} if today's sheet time has not
     * come yet, else at today's sheet time. Products share the week's market move, plus a little noise of their own.
     */
    static List<Point> weekly(Instant now, int weeks, long seed) {
        var random = new Random(seed);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant todaysSheet = today.atTime(SHEET_TIME).toInstant(ZoneOffset.UTC);
        double[] shared = new double[weeks + 1];
        double[][] own = new double[RateProduct.values().length][weeks + 1];
        double drift = 0;
        for (int k = weeks; k >= 0; k--) {
            drift = 0.7 * drift + 0.06 * random.nextGaussian();
            shared[k] = drift;
            for (RateProduct p : RateProduct.values()) {
                own[p.ordinal()][k] = 0.02 * random.nextGaussian();
            }
        }
        List<Point> points = new ArrayList<>();
        for (RateProduct p : RateProduct.values()) {
            for (int k = weeks; k >= 0; k--) {
                LocalDate day = today.minusWeeks(k);
                Instant at = k == 0 && todaysSheet.isAfter(now) ? now.truncatedTo(ChronoUnit.SECONDS)
                        : day.atTime(SHEET_TIME).toInstant(ZoneOffset.UTC);
                // The noise fades over the last month, so today's figures are the quarter's own.
                double fade = Math.min(1, k / 4.0);
                double rate = market(day) + offset(p) + fade * (shared[k] + own[p.ordinal()][k]);
                // Hundredths, as the weekly survey publishes them; the APR's third decimal is the fees'.
                BigDecimal quoted = BigDecimal.valueOf(rate).setScale(2, RoundingMode.HALF_UP).setScale(3);
                double apr = quoted.doubleValue() + aprSpread(p) + 0.01 * random.nextGaussian();
                points.add(new Point(p, quoted, round3(Math.max(apr, quoted.doubleValue() + 0.01)), at, 740,
                        ltv(p)));
            }
        }
        return points;
    }

    private static BigDecimal round3(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
    }
}
