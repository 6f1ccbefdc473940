package com.porchlight.base.ui.chart;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ticks of a time axis at calendar boundaries (days, Mondays, first days of months or quarters, New Year), in UTC as
 * the console shows all times: the finest unit that gives at most the wanted number of ticks.
 */
public final class TimeTicks {

    public record Tick(Instant at, String label) {
    }

    private enum Unit { DAY, WEEK, MONTH, YEAR }

    private record Step(Unit unit, int count, double approxDays) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(Unit.DAY, 1, 1), new Step(Unit.DAY, 2, 2), new Step(Unit.WEEK, 1, 7),
            new Step(Unit.WEEK, 2, 14), new Step(Unit.MONTH, 1, 30.44), new Step(Unit.MONTH, 2, 60.9),
            new Step(Unit.MONTH, 3, 91.3), new Step(Unit.MONTH, 6, 182.6), new Step(Unit.YEAR, 1, 365.25),
            new Step(Unit.YEAR, 2, 730.5), new Step(Unit.YEAR, 5, 1826), new Step(Unit.YEAR, 10, 3652.5));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.US);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.US);

    private TimeTicks() {
    }

    /** Ticks within [from, to], at most {@code maxTicks} of them (fewer for spans under a day). */
    public static List<Tick> between(Instant from, Instant to, int maxTicks) {
        double span = java.time.Duration.between(from, to).toMillis() / 86_400_000.0;
        Step step = STEPS.getLast();
        for (Step s : STEPS) {
            if (Math.floor(span / s.approxDays()) + 1 <= maxTicks) {
                step = s;
                break;
            }
        }
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC);
        LocalDate day = switch (step.unit()) {
            case DAY -> first;
            case WEEK -> first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> first.withDayOfMonth(1).minusMonths((first.getMonthValue() - 1) % step.count());
            case YEAR -> LocalDate.of(first.getYear() - Math.floorMod(first.getYear(), step.count()), 1, 1);
        };
        if (step.unit() == Unit.WEEK && step.count() == 2
                && Math.floorMod(ChronoUnit.WEEKS.between(LocalDate.of(1970, 1, 5), day), 2) == 1) {
            day = day.minusWeeks(1); // every other Monday, the same ones whatever the range
        }
        List<LocalDate> days = new ArrayList<>();
        for (; !day.isAfter(last); day = next(day, step)) {
            if (!day.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(from)) {
                days.add(day);
            }
        }
        // Month labels carry the year at each January, or on the first tick when the range holds no January.
        boolean hasJanuary = days.stream().anyMatch(d -> d.getMonthValue() == 1);
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate d : days) {
            String label = switch (step.unit()) {
                case DAY, WEEK -> DAY.format(d);
                case MONTH -> d.getMonthValue() == 1 || !hasJanuary && d.equals(days.getFirst()) ? MONTH_YEAR.format(d)
                        : MONTH.format(d);
                case YEAR -> YEAR.format(d);
            };
            ticks.add(new Tick(d.atStartOfDay(ZoneOffset.UTC).toInstant(), label));
        }
        return ticks;
    }

    private static LocalDate next(LocalDate day, Step step) {
        return switch (step.unit()) {
            case DAY -> day.plusDays(step.count());
            case WEEK -> day.plusWeeks(step.count());
            case MONTH -> day.plusMonths(step.count());
            case YEAR -> day.plusYears(step.count());
        };
    }
}
