package com.porchlight.creative;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A reviewer's decision on one version. */
public record ReviewDecision(int versionNo, String contentHash, Stage stage, Decision decision, String reviewer,
        Instant decidedAt, Map<Integer, ChecklistAnswer> checklist, @Nullable String note) {

    public enum Stage { COMPLIANCE, CMO }

    public enum Decision { APPROVED, CHANGES_REQUESTED, REJECTED }
}
