package com.porchlight.base.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the console writes points in time (always UTC, and saying so) and the names of constants. */
public final class Formats {

    public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    public static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** A constant as words: {@code CASH_OUT_REFINANCE} → "Cash out refinance". */
    public static String words(String constant) {
        String w = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
