package com.porchlight.creative;

import com.porchlight.rate.MarketRateRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps staleness and expiry current: right after a market rate is recorded (so a creative quoting last week's rate
 * is flagged the moment the market moves), and on a fixed delay ({@code porchlight.creatives.refresh}, default one
 * hour) for quotes that age out and expiry dates that pass.
 */
@Component
class CreativeUpkeep {

    private static final Logger log = LoggerFactory.getLogger(CreativeUpkeep.class);

    private final CreativeService creatives;

    CreativeUpkeep(CreativeService creatives) {
        this.creatives = creatives;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MarketRateRecorded recorded) {
        run("market rate recorded for " + recorded.product().label());
    }

    @Scheduled(fixedDelayString = "${porchlight.creatives.refresh:PT1H}", initialDelayString = "PT1M")
    void scheduled() {
        run("scheduled check");
    }

    private void run(String why) {
        try {
            var result = creatives.refreshStaleness();
            if (result.becameStale() > 0 || result.expired() > 0) {
                log.info("Creatives after {}: {} became stale, {} expired", why, result.becameStale(), result.expired());
            }
        } catch (RuntimeException e) {
            // A failed check must not undo the rate that was recorded; the next run tries again.
            log.error("Checking creatives for staleness failed after {}", why, e);
        }
    }
}
