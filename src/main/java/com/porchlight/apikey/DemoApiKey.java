package com.porchlight.apikey;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import com.porchlight.security.DemoMode;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wherever the demo accounts exist, the compliance check API can be tried with the key {@code demo-compliance-key}
 * and the lead events API with {@code demo-events-key} (published in the README, like the demo passwords): created
 * exactly when {@link DemoMode} creates the demo accounts. A revoked demo key stays revoked.
 */
@Component
@Conditional(DemoMode.On.class)
class DemoApiKey implements SmartInitializingSingleton {

    static final String KEY = "demo-compliance-key";
    static final String EVENTS_KEY = "demo-events-key";
    private static final Logger log = LoggerFactory.getLogger(DemoApiKey.class);

    private final ApiKeyRepository keys;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoApiKey(ApiKeyRepository keys, TransactionTemplate tx, Clock clock) {
        this.keys = keys;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(status -> {
            ensure("Demo compliance check", ApiScope.COMPLIANCE_CHECK, KEY);
            ensure("Demo lead events", ApiScope.LEAD_EVENTS, EVENTS_KEY);
        });
    }

    private void ensure(String name, ApiScope scope, String plainKey) {
        if (!keys.existsByKeyHash(ApiKeys.hash(plainKey))) {
            keys.save(new ApiKey(name, scope, plainKey, "demo profile", clock.instant()));
            log.info("Demo API key {} created (scope {})", plainKey, scope);
        }
    }
}
