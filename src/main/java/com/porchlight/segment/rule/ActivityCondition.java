package com.porchlight.segment.rule;

import com.porchlight.lead.EventType;
import org.jspecify.annotations.Nullable;

/**
 * Behaviour: "at least {@code count} events (of {@code eventType}, or of any type when null) in the last {@code days}
 * days", or with {@link #none} "no such events in the last {@code days} days".
 */
public record ActivityCondition(boolean none, @Nullable EventType eventType, int count, int days) implements Rule {

    public static ActivityCondition atLeast(int count, @Nullable EventType type, int days) {
        return new ActivityCondition(false, type, count, days);
    }

    public static ActivityCondition noEvents(@Nullable EventType type, int days) {
        return new ActivityCondition(true, type, 1, days);
    }
}
