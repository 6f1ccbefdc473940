package com.porchlight.apikey;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wherever the demo accounts exist, the compliance check API can be tried with the key {@code demo-compliance-key}
 * (published in the README, like the demo passwords). Same rule as the security module's DemoMode: the {@code demo}
 * profile on the embedded database, or an explicit {@code porchlight.demo-users}. A revoked demo key stays revoked.
 */
@Component
@Conditional(DemoApiKey.Enabled.class)
class DemoApiKey implements SmartInitializingSingleton {

    static final String KEY = "demo-compliance-key";
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
            if (!keys.existsByKeyHash(ApiKeys.hash(KEY))) {
                keys.save(new ApiKey("Demo compliance check", ApiScope.COMPLIANCE_CHECK, KEY, "demo profile",
                        clock.instant()));
                log.info("Demo API key {} created (scope {})", KEY, ApiScope.COMPLIANCE_CHECK);
            }
        });
    }

    static final class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            if (!env.acceptsProfiles(Profiles.of("demo"))) {
                return false;
            }
            Boolean explicit = env.getProperty("porchlight.demo-users", Boolean.class);
            if (explicit != null) {
                return explicit;
            }
            return env.getProperty("porchlight.embedded-db.active", Boolean.class, false);
        }
    }
}
