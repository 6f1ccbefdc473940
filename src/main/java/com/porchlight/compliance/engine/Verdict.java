package com.porchlight.compliance.engine;

import java.util.List;

/** The overall outcome of a check: any BLOCK blocks, any REVIEW needs review, WARNs alone are clear. */
public enum Verdict {
    BLOCKED, NEEDS_REVIEW, CLEAR;

    public static Verdict of(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.BLOCK)) {
            return BLOCKED;
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.REVIEW) ? NEEDS_REVIEW : CLEAR;
    }
}
