package com.porchlight.segment.rule;

import com.porchlight.rate.RateProduct;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * What a rule is evaluated against besides the lead: the moment "now" (day windows count back from it) and today's
 * market rate per product (the rate trigger). The SQL and the in-Java evaluation take the same context, so they agree.
 */
public record RuleContext(Instant now, Map<RateProduct, BigDecimal> todaysRates) {

    public RuleContext {
        todaysRates = Map.copyOf(todaysRates);
    }
}
