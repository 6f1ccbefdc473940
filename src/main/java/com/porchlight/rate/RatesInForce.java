package com.porchlight.rate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The market rate of each product in force at a moment, for work that runs without a signed-in person (scheduled
 * rescoring, rate-staleness checks). Market rates are published figures every role may read; entering them is
 * {@link MarketRateService#record}, which checks the role.
 */
@Component
public class RatesInForce {

    private final MarketRateRepository rates;

    RatesInForce(MarketRateRepository rates) {
        this.rates = rates;
    }

    /** Each product's rate of the latest entry effective at or before {@code at}; products without one are absent. */
    public Map<RateProduct, BigDecimal> at(Instant at) {
        Map<RateProduct, BigDecimal> byProduct = new EnumMap<>(RateProduct.class);
        rates.allInForce(at).forEach(r -> byProduct.put(r.product(), r.rate()));
        return Collections.unmodifiableMap(byProduct);
    }
}
