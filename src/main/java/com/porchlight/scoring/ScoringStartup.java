package com.porchlight.scoring;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up: an installation without a scoring model gets the default one as v1 (published by "system", so the
 * MQL hand-off works from the first lead), and leads without a score — demo data, leads written while the app was
 * down — are scored, and the what-if's snapshot of the leads starts loading in the background. Runs after the demo data (order 100) and the demo rates.
 */
@Component
@Order(300)
class ScoringStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScoringStartup.class);

    private final ScoringModels models;
    private final ScoreWriter writer;
    private final TransactionTemplate tx;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Clock clock;
    private final LeadSnapshots snapshots;

    ScoringStartup(ScoringModels models, ScoreWriter writer, TransactionTemplate tx,
            org.springframework.jdbc.core.JdbcTemplate jdbc, Clock clock, LeadSnapshots snapshots) {
        this.snapshots = snapshots;
        this.models = models;
        this.writer = writer;
        this.tx = tx;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (models.live().isEmpty()) {
            tx.executeWithoutResult(s -> models.publish(DefaultScoringModel.create(), "system",
                    "system (default model)", null, "The default model for a mortgage lender", clock.instant()));
            log.info("Scoring: published the default model as v1");
        }
        Boolean unscored = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM leads l LEFT JOIN lead_score s "
                + "ON s.lead_id = l.id WHERE s.lead_id IS NULL)", Boolean.class);
        if (Boolean.TRUE.equals(unscored)) {
            writer.rescoreAll("start-up: leads without a score", "system");
        }
        snapshots.warmUp();
    }
}
