package com.porchlight.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scoring model: fit rules, intent rules, the decay of intent per quarter of inactivity (percent, 0–60), whether fit
 * decays too, and the MQL threshold (1–100). The formula is in ADR 0009 and {@link ScoreFormula}.
 */
public record ScoringModel(List<FitRule> fitRules, List<IntentRule> intentRules, BigDecimal decayPercentPerQuarter,
        boolean decayFit, int mqlThreshold) {

    public static final BigDecimal DEFAULT_DECAY = new BigDecimal("25");
    public static final int DEFAULT_THRESHOLD = 65;

    public ScoringModel {
        fitRules = List.copyOf(fitRules);
        intentRules = List.copyOf(intentRules);
    }

    public ScoringModel withFitRules(List<FitRule> rules) {
        return new ScoringModel(rules, intentRules, decayPercentPerQuarter, decayFit, mqlThreshold);
    }

    public ScoringModel withIntentRules(List<IntentRule> rules) {
        return new ScoringModel(fitRules, rules, decayPercentPerQuarter, decayFit, mqlThreshold);
    }

    public ScoringModel withDecay(BigDecimal percent, boolean fitToo) {
        return new ScoringModel(fitRules, intentRules, percent, fitToo, mqlThreshold);
    }

    public ScoringModel withThreshold(int threshold) {
        return new ScoringModel(fitRules, intentRules, decayPercentPerQuarter, decayFit, threshold);
    }
}
