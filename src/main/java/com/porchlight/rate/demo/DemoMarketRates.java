package com.porchlight.rate.demo;

import com.porchlight.security.DemoMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo profile's market rates: on a start with an empty {@code market_rate} table, {@code
 * porchlight.demo-data.market-rate-weeks} (default 104) weeks of weekly entries per product, ending today, in one
 * multi-row insert (0 turns it off). Written straight to the table as "demo data": no audit lines and no
 * {@code MarketRateRecorded} events, as nobody entered them. Unlike the demo leads, also loaded when the benchmark
 * dataset is (in the demo mode): its rate-trigger segments need today's rates, so this runs before that command, which
 * exits when done.
 */
@Component
@Conditional(DemoMode.On.class)
@Order(-10)
class DemoMarketRates implements ApplicationRunner {

    static final String WEEKS = "porchlight.demo-data.market-rate-weeks";
    static final long SEED = 20_261_126L;
    static final String ENTERED_BY = "demo data";
    private static final Logger log = LoggerFactory.getLogger(DemoMarketRates.class);

    private final JdbcTemplate jdbc;
    private final Environment env;
    private final Clock clock;

    DemoMarketRates(JdbcTemplate jdbc, Environment env, Clock clock) {
        this.jdbc = jdbc;
        this.env = env;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int weeks = env.getProperty(WEEKS, Integer.class, 104);
        if (weeks <= 0) {
            return;
        }
        int inserted = load(weeks);
        if (inserted > 0) {
            log.info("Demo data: {} market rates ({} weeks of {} products) loaded", inserted, weeks + 1,
                    com.porchlight.rate.RateProduct.values().length);
        }
    }

    /** Inserts the history unless the table holds an entry; returns the rows inserted. */
    int load(int weeks) {
        // A single statement: either the whole history is there or none of it.
        if (!jdbc.queryForList("SELECT id FROM market_rate LIMIT 1", Long.class).isEmpty()) {
            log.debug("Demo market rates not loaded: the table already holds entries");
            return 0;
        }
        List<MarketHistory.Point> points = MarketHistory.weekly(clock.instant(), weeks, SEED);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var sql = new StringBuilder("INSERT INTO market_rate (product, rate, apr, effective_at, credit_score, ltv,"
                + " points, note, entered_by, entered_at) VALUES ");
        List<Object> params = new ArrayList<>(points.size() * 9);
        for (int i = 0; i < points.size(); i++) {
            MarketHistory.Point p = points.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, 0.000, NULL, ?, ?)");
            params.add(p.product().name());
            params.add(p.rate());
            params.add(p.apr());
            params.add(LocalDateTime.ofInstant(p.effectiveAt(), ZoneOffset.UTC));
            params.add(p.creditScore());
            params.add(p.ltv());
            params.add(ENTERED_BY);
            params.add(now);
        }
        return jdbc.update(sql.toString(), params.toArray());
    }
}
