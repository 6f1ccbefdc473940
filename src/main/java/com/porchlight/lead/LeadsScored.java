package com.porchlight.lead;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Published by lead scoring, in its transaction, after it wrote scores to {@code lead_score}: these leads (or all
 * leads, when {@code leadIds} is null) have fresh scores. The lead module hands over the ones that became MQL.
 */
public record LeadsScored(@Nullable List<Long> leadIds, int modelVersion, String by, Instant at) {
}
