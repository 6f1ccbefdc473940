package com.porchlight.lead.ui;

import com.porchlight.base.ui.Formats;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the lead screens write durations, money, percentages and phone numbers. */
final class LeadsViewFormat {

    private LeadsViewFormat() {
    }

    /** "45 s", "12 min", "3 h 5 min", "2 d 4 h"; an empty string when there is nothing to show. */
    static String duration(@Nullable Duration d) {
        if (d == null) {
            return "";
        }
        if (d.isNegative()) {
            return "before receipt";
        }
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min";
        }
        if (s < 86_400) {
            long m = (s % 3600) / 60;
            return (s / 3600) + " h" + (m == 0 ? "" : " " + m + " min");
        }
        long h = (s % 86_400) / 3600;
        return (s / 86_400) + " d" + (h == 0 ? "" : " " + h + " h");
    }

    static String money(@Nullable BigDecimal v) {
        return v == null ? "—" : NumberFormat.getCurrencyInstance(Locale.US).format(v);
    }

    static String percent(@Nullable BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString() + " %";
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    /** "1 lead", "12,345 leads". */
    static String leads(long n) {
        return count(n) + (n == 1 ? " lead" : " leads");
    }

    static String time(@Nullable Instant i) {
        return i == null ? "—" : Formats.MINUTE.format(i);
    }

    /** (415) 555-0134 for ten digits; anything else as stored. */
    static String phone(@Nullable String digits) {
        if (digits == null) {
            return "";
        }
        if (digits.length() == 10 && digits.chars().allMatch(Character::isDigit)) {
            return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
        }
        return digits;
    }

    static String orDash(@Nullable Object v) {
        return v == null ? "—" : v.toString();
    }
}
