package com.porchlight.lead.imports;

/** Where an import stands. A FAILED import keeps every batch written before the failure. */
public enum ImportStatus {
    RUNNING("Running"),
    FINISHED("Finished"),
    FAILED("Failed");

    private final String label;

    ImportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
