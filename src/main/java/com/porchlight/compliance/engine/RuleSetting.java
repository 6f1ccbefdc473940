package com.porchlight.compliance.engine;

import org.jspecify.annotations.Nullable;

/** A compliance officer's decision for one rule: switched off, or its severity replaced. */
public record RuleSetting(boolean enabled, @Nullable Severity severityOverride) {
    public static RuleSetting disabled() {
        return new RuleSetting(false, null);
    }

    public static RuleSetting severity(Severity severity) {
        return new RuleSetting(true, severity);
    }
}
