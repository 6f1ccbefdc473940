package com.porchlight.lead;

/** The marketing channel a lead source belongs to. */
public enum SourceChannel {
    SEARCH("Search"),
    SOCIAL("Social"),
    AGGREGATOR("Aggregator"),
    REFERRAL_PARTNER("Referral partner"),
    ORGANIC("Organic"),
    DIRECT_MAIL("Direct mail"),
    LIVE_TRANSFER("Live transfer"),
    EVENT("Event");

    private final String label;

    SourceChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
