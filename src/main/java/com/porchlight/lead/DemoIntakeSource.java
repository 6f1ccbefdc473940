package com.porchlight.lead;

import com.porchlight.apikey.DemoKeys;
import com.porchlight.security.DemoMode;
import java.math.BigDecimal;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wherever the demo accounts exist, anyone can try the lead intake API with curl: the lead source "Demo Web Form"
 * (organic, $0 per lead, round-robin) and its intake key {@code demo-intake-key}, published in the README like the
 * demo passwords. Created when missing; a source someone edited or deactivated is left as it is, and a revoked demo
 * key stays revoked.
 */
@Component
@Conditional(DemoMode.On.class)
class DemoIntakeSource implements SmartInitializingSingleton {

    static final String NAME = "Demo Web Form";
    static final String KEY = "demo-intake-key";
    private static final Logger log = LoggerFactory.getLogger(DemoIntakeSource.class);

    private final LeadSourceRepository sources;
    private final DemoKeys demoKeys;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoIntakeSource(LeadSourceRepository sources, DemoKeys demoKeys, TransactionTemplate tx, Clock clock) {
        this.sources = sources;
        this.demoKeys = demoKeys;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(status -> {
            LeadSource source = sources.findByNameIgnoreCase(NAME).orElseGet(() -> {
                log.info("Demo lead source \"{}\" created", NAME);
                return sources.saveAndFlush(new LeadSource(new LeadSourceForm(NAME, SourceChannel.ORGANIC,
                        PricingModel.PER_LEAD, BigDecimal.ZERO.setScale(2), true, true, AssignmentMode.ROUND_ROBIN),
                        "demo profile", clock.instant()));
            });
            demoKeys.ensureLeadIntakeKey(source.requireId(), NAME, KEY);
        });
    }
}
