package com.porchlight.creative;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Business-day arithmetic for the review SLA: Monday to Friday, in UTC; public holidays are not modelled. */
final class BusinessDays {

    private BusinessDays() {
    }

    /** The instant {@code days} business days before {@code now} (weekends are skipped, not counted). */
    static Instant minus(Instant now, int days) {
        ZonedDateTime t = now.atZone(ZoneOffset.UTC);
        int left = days;
        while (left > 0) {
            t = t.minusDays(1);
            if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return t.toInstant();
    }
}
