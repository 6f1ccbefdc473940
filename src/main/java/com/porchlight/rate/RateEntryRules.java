package com.porchlight.rate;

import com.porchlight.rate.RateEntryException.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The bounds of a rate entry, as plain Java. They catch typos, not pricing decisions: any rate a US lender has quoted in
 * the last fifty years fits. Entries may be dated up to {@link #MAX_AHEAD} ahead (a rate sheet announced for Monday)
 * and back-filled up to {@link #MAX_BACK} back; further is almost certainly a wrong year.
 */
final class RateEntryRules {

    static final BigDecimal MIN_RATE = new BigDecimal("0.5");
    static final BigDecimal MAX_RATE = new BigDecimal("20");
    /** The APR adds fees (and mortgage insurance) to the rate; more than this on top is not a real quote. */
    static final BigDecimal MAX_APR_ABOVE_RATE = new BigDecimal("5");
    static final int MIN_CREDIT_SCORE = 300;
    static final int MAX_CREDIT_SCORE = 850;
    static final BigDecimal MIN_LTV = BigDecimal.ONE;
    static final BigDecimal MAX_LTV = new BigDecimal("125");
    static final BigDecimal MAX_POINTS = new BigDecimal("5");
    static final Duration MAX_AHEAD = Duration.ofDays(7);
    static final Duration MAX_BACK = Duration.ofDays(10 * 366);
    static final int MAX_NOTE = 500;

    private RateEntryRules() {
    }

    /** Every problem of the entry, by field; empty when it may be recorded. {@code effectiveAt} is already resolved. */
    static Map<Field, String> problems(RateEntry e, Instant effectiveAt, Instant now) {
        Map<Field, String> p = new LinkedHashMap<>();
        if (e.product() == null) {
            p.put(Field.PRODUCT, "Choose the product this rate is for.");
        }
        BigDecimal rate = e.rate();
        boolean rateOk = false;
        if (rate == null) {
            p.put(Field.RATE, "Enter the rate in percent, e.g. 6.375.");
        } else if (rate.compareTo(MIN_RATE) < 0 || rate.compareTo(MAX_RATE) > 0) {
            p.put(Field.RATE, "The rate must be between 0.5% and 20%; " + plain(rate) + "% is outside.");
        } else if (decimals(rate) > 3) {
            p.put(Field.RATE, "Use at most three decimals, e.g. 6.375.");
        } else {
            rateOk = true;
        }
        BigDecimal apr = e.apr();
        if (apr == null) {
            p.put(Field.APR, "Enter the APR in percent, e.g. 6.492.");
        } else if (decimals(apr) > 3) {
            p.put(Field.APR, "Use at most three decimals, e.g. 6.492.");
        } else if (rateOk && apr.compareTo(rate) < 0) {
            p.put(Field.APR, "The APR cannot be below the rate (" + plain(rate) + "%): it is the rate plus fees.");
        } else if (rateOk && apr.compareTo(rate.add(MAX_APR_ABOVE_RATE)) > 0) {
            p.put(Field.APR, "The APR can be at most 5 points above the rate, " + plain(rate.add(MAX_APR_ABOVE_RATE))
                    + "%; check for a typo.");
        } else if (!rateOk && (apr.compareTo(MIN_RATE) < 0 || apr.compareTo(MAX_RATE.add(MAX_APR_ABOVE_RATE)) > 0)) {
            p.put(Field.APR, "The APR must be between 0.5% and 25%.");
        }
        if (effectiveAt.isAfter(now.plus(MAX_AHEAD))) {
            p.put(Field.EFFECTIVE_AT, "The effective time can be at most 7 days ahead.");
        } else if (effectiveAt.isBefore(now.minus(MAX_BACK))) {
            p.put(Field.EFFECTIVE_AT, "The effective time can be at most 10 years back; check the year.");
        }
        Integer score = e.creditScore();
        if (score == null) {
            p.put(Field.CREDIT_SCORE, "Enter the credit score the rate is quoted for, e.g. 740.");
        } else if (score < MIN_CREDIT_SCORE || score > MAX_CREDIT_SCORE) {
            p.put(Field.CREDIT_SCORE, "A credit score is between 300 and 850.");
        }
        BigDecimal ltv = e.ltv();
        if (ltv == null) {
            p.put(Field.LTV, "Enter the loan-to-value the rate is quoted for, e.g. 80.");
        } else if (ltv.compareTo(MIN_LTV) < 0 || ltv.compareTo(MAX_LTV) > 0) {
            p.put(Field.LTV, "The LTV must be between 1% and 125%.");
        } else if (decimals(ltv) > 2) {
            p.put(Field.LTV, "Use at most two decimals for the LTV, e.g. 96.5.");
        }
        BigDecimal points = e.points();
        if (points == null) {
            p.put(Field.POINTS, "Enter the points the rate is quoted with; 0 for none.");
        } else if (points.abs().compareTo(MAX_POINTS) > 0) {
            p.put(Field.POINTS, "Points must be between \u22125 (a lender credit) and +5.");
        } else if (decimals(points) > 3) {
            p.put(Field.POINTS, "Use at most three decimals for points, e.g. 0.125.");
        }
        String note = e.note();
        if (note != null && note.strip().length() > MAX_NOTE) {
            p.put(Field.NOTE, "Keep the note to " + MAX_NOTE + " characters; it has " + note.strip().length() + ".");
        }
        return p;
    }

    /** True when the move from {@code previous} to {@code rate} needs a confirmation: more than 50 bps either way. */
    static boolean isLargeMove(BigDecimal previous, BigDecimal rate) {
        return rate.subtract(previous).abs().compareTo(MarketRateService.CONFIRM_ABOVE) > 0;
    }

    static @Nullable String note(@Nullable String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static int decimals(BigDecimal v) {
        return Math.max(0, v.stripTrailingZeros().scale());
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
