package com.porchlight.lead;

/** Engagement events a lead produces. Stored by name in {@code lead_event.type}. */
public enum EventType {
    PAGE_VIEW("Page view"),
    RATE_QUOTE("Rate quote"),
    CALCULATOR("Calculator"),
    PREQUAL_FORM("Pre-qualification form"),
    APPLICATION_START("Application started"),
    WEBINAR("Webinar"),
    EMAIL_OPEN("Email opened"),
    EMAIL_CLICK("Email clicked"),
    DOCUMENT_DOWNLOAD("Document download"),
    CALL("Call"),
    SMS_REPLY("SMS reply");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
