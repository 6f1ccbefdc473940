package com.porchlight.rate;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a marketer types into the rate entry form. Any value may be missing: {@link MarketRateService#record} says
 * what is missing or wrong, field by field. An empty {@code effectiveAt} means "now", the moment the entry is saved.
 */
public record RateEntry(@Nullable RateProduct product, @Nullable BigDecimal rate, @Nullable BigDecimal apr,
        @Nullable Instant effectiveAt, @Nullable Integer creditScore, @Nullable BigDecimal ltv,
        @Nullable BigDecimal points, @Nullable String note) {

    /** The usual pricing assumptions of a published rate: 740 credit score, 80 % LTV, no points, effective now. */
    public static RateEntry of(RateProduct product, BigDecimal rate, BigDecimal apr) {
        return new RateEntry(product, rate, apr, null, 740, new BigDecimal("80"), BigDecimal.ZERO, null);
    }

    public RateEntry withEffectiveAt(@Nullable Instant at) {
        return new RateEntry(product, rate, apr, at, creditScore, ltv, points, note);
    }
}
