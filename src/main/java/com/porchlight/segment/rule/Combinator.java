package com.porchlight.segment.rule;

/** How a group combines its rules. NONE matches a lead that matches none of them. */
public enum Combinator {
    ALL("all of"),
    ANY("any of"),
    NONE("none of");

    private final String label;

    Combinator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
