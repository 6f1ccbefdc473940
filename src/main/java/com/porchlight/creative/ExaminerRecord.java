package com.porchlight.creative;

import java.util.List;
import java.util.Optional;

/**
 * Everything an examiner may ask about one creative: every version (newest first), the pre-checks stored with
 * submissions, overrides, reviewers' decisions with their checklists, comments and the audit timeline. The version
 * "as approved" is the newest version with an APPROVED record in the timeline.
 */
public record ExaminerRecord(CreativeSummary summary, List<CreativeVersion> versions, List<SubmittedCheck> checks,
        List<FindingOverride> overrides, List<ReviewDecision> reviews, List<ReviewComment> comments,
        List<AuditRecord> timeline) {

    public Optional<CreativeVersion> approvedVersion() {
        return timeline.reversed().stream().filter(r -> r.event().equals("APPROVED") && r.versionNo() != null)
                .findFirst().flatMap(r -> versions.stream().filter(v -> v.versionNo() == r.versionNo()
                        && v.hash().equals(r.contentHash())).findFirst());
    }
}
