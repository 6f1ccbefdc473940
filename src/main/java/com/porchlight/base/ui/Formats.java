package com.porchlight.base.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the console writes points in time: always UTC, and saying so. */
public final class Formats {

    public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    public static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }
}
