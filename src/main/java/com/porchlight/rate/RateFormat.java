package com.porchlight.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How rates are written everywhere: "6.375%", "6.30%" (at least two decimals, at most three), moves in points. */
public final class RateFormat {

    private RateFormat() {
    }

    /** "6.375%", "6.30%", "7.00%". */
    public static String percent(BigDecimal rate) {
        return number(rate) + "%";
    }

    /** A difference in percentage points: "0.62", "0.625", "1.00". */
    public static String points(BigDecimal points) {
        return number(points);
    }

    /** At least two and at most three decimals: rates are quoted in eighths (6.375) or hundredths (6.30). */
    public static String number(BigDecimal value) {
        BigDecimal v = value.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.scale() < 2 ? v.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : v.toPlainString();
    }
}
