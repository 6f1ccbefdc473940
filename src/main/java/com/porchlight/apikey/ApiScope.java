package com.porchlight.apikey;

/** What an API key may call. A request authenticated with a key carries the authority {@link #authority()}. */
public enum ApiScope {
    COMPLIANCE_CHECK("Compliance check API"),
    LEAD_INTAKE("Lead intake API"),
    LEAD_EVENTS("Lead events API");

    private final String label;

    ApiScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority of a request made with a key of this scope, e.g. {@code SCOPE_COMPLIANCE_CHECK}. */
    public String authority() {
        return "SCOPE_" + name();
    }
}
