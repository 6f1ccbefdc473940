package com.porchlight.lead;

/** A channel consent is recorded for, and the channels a list can be exported for. */
public enum ContactChannel {
    EMAIL("Email"),
    SMS("SMS"),
    PHONE("Phone");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
