package com.porchlight.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the demo accounts exist: the {@code demo} profile (the local default) on the embedded database. On an
 * external database demo accounts, with their published passwords, would be a hole, so there they need an explicit
 * {@code porchlight.demo-users=true}; otherwise the first administrator comes from {@code PORCHLIGHT_ADMIN_*}.
 */
public final class DemoMode {

    private DemoMode() {
    }

    public static boolean demoUsers(Environment env) {
        if (!env.acceptsProfiles(Profiles.of("demo"))) {
            return false;
        }
        Boolean explicit = env.getProperty("porchlight.demo-users", Boolean.class);
        if (explicit != null) {
            return explicit;
        }
        // Published by the base module's embedded database when it is the one in use.
        return env.getProperty("porchlight.embedded-db.active", Boolean.class, false);
    }

    /** Condition for beans that exist only alongside the demo accounts (demo data of other modules). */
    public static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return demoUsers(context.getEnvironment());
        }
    }

    static final class Off implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !demoUsers(context.getEnvironment());
        }
    }
}
