package com.porchlight.compliance;

import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.Verdict;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one pre-check: the verdict, the findings (most severe first), and for every rule a compliance officer
 * has changed, a sentence saying so ("Downgraded to WARN by Priya Raman on 2026-11-26: …"), keyed by rule ID.
 */
public record CheckResult(Verdict verdict, List<Finding> findings, Map<String, String> ruleNotes) {

    public CheckResult {
        findings = List.copyOf(findings);
        ruleNotes = Map.copyOf(ruleNotes);
    }
}
