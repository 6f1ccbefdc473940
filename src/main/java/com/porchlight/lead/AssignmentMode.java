package com.porchlight.lead;

/** What happens to a source's new leads: round-robin to a licensed loan officer, or the unassigned queue. */
public enum AssignmentMode {
    ROUND_ROBIN("Round-robin to a licensed loan officer"),
    MANUAL("Leave unassigned (manual routing)");

    private final String label;

    AssignmentMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
