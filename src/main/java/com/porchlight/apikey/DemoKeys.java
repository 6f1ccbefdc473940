package com.porchlight.apikey;

import com.porchlight.security.DemoMode;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published demo keys for other modules' demo data, e.g. the lead module's "Demo Web Form" source and its intake key
 * {@code demo-intake-key}. Exists only where {@link DemoMode} creates the demo accounts, so no other database ever gets
 * a key whose value is in the README. Not a service behind method security: it runs at start-up, with nobody signed
 * in, and only ever creates a key that does not exist yet.
 */
@Component
@Conditional(DemoMode.On.class)
public class DemoKeys {

    private static final Logger log = LoggerFactory.getLogger(DemoKeys.class);

    private final ApiKeyRepository keys;
    private final Clock clock;

    DemoKeys(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Makes sure a lead-intake key with this exact value exists for the source. A key with this value that was revoked
     * stays revoked (it is not re-created), and a key that exists is never moved to another source.
     *
     * @return true when the key was created now
     */
    @Transactional
    public boolean ensureLeadIntakeKey(long leadSourceId, String name, String plainKey) {
        if (keys.existsByKeyHash(ApiKeys.hash(plainKey))) {
            return false;
        }
        keys.save(new ApiKey(name, ApiScope.LEAD_INTAKE, plainKey, "demo profile", clock.instant())
                .forLeadSource(leadSourceId));
        log.info("Demo API key {} created (scope {}, lead source #{})", plainKey, ApiScope.LEAD_INTAKE, leadSourceId);
        return true;
    }
}
