package com.porchlight.lead.demo;

import com.porchlight.security.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo profile's leads: on a start with an empty {@code leads} table, {@code porchlight.demo-data.leads} (default
 * 5,000) generated leads with their events, stage history and consent evidence are loaded, routed to the demo loan
 * officers. Runs after start-up (the demo users exist by then); never when a lead exists, never outside the demo mode,
 * and not when the benchmark dataset is being loaded instead.
 */
@Component
@Conditional(DemoMode.On.class)
@Order(100)
class DemoLeadData implements ApplicationRunner {

    static final long SEED = 20_261_126L;
    private static final Logger log = LoggerFactory.getLogger(DemoLeadData.class);

    private final LeadDataLoader loader;
    private final Environment env;

    DemoLeadData(LeadDataLoader loader, Environment env) {
        this.loader = loader;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (env.containsProperty(BenchmarkDataset.LEADS)) {
            return;
        }
        long count = env.getProperty("porchlight.demo-data.leads", Long.class, 5_000L);
        if (count <= 0) {
            return;
        }
        LeadDataLoader.Outcome outcome = loader.load(count, 10, SEED, 1, true, done -> {
        });
        if (outcome.skipped()) {
            log.debug("Demo leads not loaded: the database already holds leads");
            return;
        }
        BulkLoader.Result r = outcome.result();
        log.info("Demo data: {} leads with {} events, {} stage changes and {} consent records loaded in {} ms",
                r.leads(), r.events(), r.stageChanges(), r.consentEvents(), r.millis());
    }
}
