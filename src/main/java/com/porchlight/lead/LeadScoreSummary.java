package com.porchlight.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A lead's score as a loan officer reads it: the stored figures, whether it is an MQL under the model's threshold,
 * and the explanation line by line ("Credit excellent (740+) +20", "2 rate quotes +30", "120 days inactive: intent
 * −32 %").
 */
public record LeadScoreSummary(BigDecimal total, int fit, BigDecimal intent, boolean mql, int threshold,
        int modelVersion, Instant computedAt, Instant mqlChangedAt, List<String> explanation) {

    public LeadScoreSummary {
        explanation = List.copyOf(explanation);
    }
}
