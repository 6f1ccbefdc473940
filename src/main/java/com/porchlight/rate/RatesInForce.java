package com.porchlight.rate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The market rate of each product in force at a moment, for work that runs without a signed-in person (scheduled
 * rescoring, rate-staleness checks). Market rates are published figures every role may read; entering them is
 * {@link MarketRateService#record}, which checks the role.
 */
@Component
public class RatesInForce {

    private final JdbcTemplate jdbc;

    RatesInForce(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each product's rate of the latest entry effective at or before {@code at}; products without one are absent. */
    public Map<RateProduct, BigDecimal> at(Instant at) {
        Map<RateProduct, BigDecimal> rates = new EnumMap<>(RateProduct.class);
        LocalDateTime t = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        for (RateProduct p : RateProduct.values()) {
            jdbc.query("SELECT rate FROM market_rate WHERE product = ? AND effective_at <= ? "
                    + "ORDER BY effective_at DESC, id DESC LIMIT 1", rs -> {
                        rates.put(p, rs.getBigDecimal(1));
                    }, p.name(), t);
        }
        return Collections.unmodifiableMap(rates);
    }
}
