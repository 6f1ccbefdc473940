package com.porchlight.rate;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the market rates: the rate and APR (percent) of a product from {@code effectiveAt} until the product's
 * next entry, quoted for a borrower with {@code creditScore}, {@code ltv} (percent) and {@code points} (percent of the
 * loan; negative for a credit). Entries are never changed.
 */
public record MarketRate(long id, RateProduct product, BigDecimal rate, BigDecimal apr, Instant effectiveAt,
        int creditScore, BigDecimal ltv, BigDecimal points, @Nullable String note, String enteredBy,
        Instant enteredAt) {
}
