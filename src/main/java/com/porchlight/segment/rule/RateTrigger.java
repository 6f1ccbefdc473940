package com.porchlight.segment.rule;

/**
 * The rate trigger: the lead's current note rate is at least {@code basisPoints} above today's market rate for the
 * product their current loan maps to ({@link LoanRateProduct}). Leads without a note rate, or whose loan maps to a
 * product with no rate entered, never match.
 */
public record RateTrigger(int basisPoints) implements Rule {
}
