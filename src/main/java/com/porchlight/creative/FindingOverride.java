package com.porchlight.creative;

import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.PartKind;
import java.time.Instant;

/** A compliance officer let one BLOCK finding of one version through, for the reason given. */
public record FindingOverride(int versionNo, String contentHash, String ruleId, PartKind part, int partIndex,
        int start, int end, String justification, String by, Instant at) {

    public boolean covers(Finding f) {
        return f.ruleId().equals(ruleId) && f.part() == part && f.partIndex() == partIndex && f.start() == start
                && f.end() == end;
    }
}
