package com.porchlight.creative;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Business-day arithmetic for the review SLA, one place for the service and the queue: Monday to Friday, in UTC;
 * public holidays are not modelled.
 */
public final class BusinessDays {

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

    /** Business days from {@code from} to {@code to}, counted by UTC date: how long a submission has waited. */
    public static int between(Instant from, Instant to) {
        LocalDate day = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate end = LocalDate.ofInstant(to, ZoneOffset.UTC);
        int n = 0;
        while (day.isBefore(end)) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }
}
