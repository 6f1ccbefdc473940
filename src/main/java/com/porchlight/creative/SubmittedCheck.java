package com.porchlight.creative;

import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.Severity;
import java.time.Instant;
import java.util.List;

/** The pre-check result stored with a submission: the findings the reviewers saw. */
public record SubmittedCheck(int versionNo, String contentHash, String verdict, List<Finding> findings,
        Instant checkedAt, String checkedBy) {

    public List<Finding> blocking() {
        return findings.stream().filter(f -> f.severity() == Severity.BLOCK).toList();
    }
}
