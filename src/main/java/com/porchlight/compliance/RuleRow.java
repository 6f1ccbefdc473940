package com.porchlight.compliance;

import com.porchlight.compliance.engine.RuleInfo;
import com.porchlight.compliance.engine.Severity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A catalog rule with the compliance officers' setting applied. {@code version} is -1 while the rule has never been
 * changed; it goes back with a change so a stale screen cannot overwrite someone else's decision.
 */
public record RuleRow(RuleInfo info, boolean enabled, @Nullable Severity severityOverride, @Nullable String reason,
        @Nullable String changedBy, @Nullable Instant changedAt, long version) {

    public Severity effectiveSeverity() {
        return severityOverride == null ? info.defaultSeverity() : severityOverride;
    }

    public boolean changed() {
        return !enabled || severityOverride != null;
    }
}
