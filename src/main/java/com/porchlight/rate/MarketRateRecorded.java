package com.porchlight.rate;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Published (inside the recording transaction) after a marketer records a market rate, so other modules can react,
 * e.g. creatives quoting an older rate of the product become stale. Demo history loaded at start-up publishes nothing.
 */
public record MarketRateRecorded(RateProduct product, BigDecimal rate, BigDecimal apr, Instant effectiveAt) {
}
