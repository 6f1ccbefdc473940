package com.porchlight.creative;

/**
 * What waits for the signed-in person, for the home page: reviews for compliance officers, approvals for CMOs, and
 * the author's own creatives that went stale or came back with changes requested.
 */
public record WorkCounts(long awaitingCompliance, long complianceOverSla, long awaitingCmo, long cmoOverSla,
        long myStale, long myChangesRequested) {
}
