package com.porchlight.lead;

import org.jspecify.annotations.Nullable;

/**
 * One engagement event as another system delivers it, as text (the events API's reader turns JSON numbers into text,
 * so every caller gets the same checks and messages): the lead's id, the {@link EventType} name, when it happened
 * (ISO 8601 with an offset; null for "now") and an optional detail.
 */
public record LeadEventInput(@Nullable String leadId, @Nullable String type, @Nullable String occurredAt,
        @Nullable String detail) {
}
