package com.porchlight.creative;

/**
 * Where a creative is in its workflow (ADR 0011). COMPLIANCE_APPROVED rests only while a CMO's approval is pending;
 * CMO_APPROVED is recorded as a step and the creative moves on to APPROVED in the same transaction.
 */
public enum CreativeStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    IN_REVIEW("In compliance review"),
    CHANGES_REQUESTED("Changes requested"),
    COMPLIANCE_APPROVED("Awaiting CMO"),
    CMO_APPROVED("CMO approved"),
    APPROVED("Approved"),
    LIVE("Live"),
    EXPIRED("Expired"),
    RETIRED("Retired");

    private final String label;

    CreativeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Content can still change (a new version restarts the workflow). */
    public boolean editable() {
        return switch (this) {
            case LIVE, EXPIRED, RETIRED -> false;
            default -> true;
        };
    }

    public boolean closed() {
        return this == EXPIRED || this == RETIRED;
    }
}
