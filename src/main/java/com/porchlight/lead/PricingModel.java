package com.porchlight.lead;

/** How a source charges: per lead delivered, per call (live transfers) or a flat monthly fee. */
public enum PricingModel {
    PER_LEAD("Per lead"),
    PER_CALL("Per call"),
    FLAT_MONTHLY("Flat monthly");

    private final String label;

    PricingModel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
