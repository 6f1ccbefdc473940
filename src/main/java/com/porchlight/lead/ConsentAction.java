package com.porchlight.lead;

/**
 * A recorded consent fact. EMAIL: OPT_IN / UNSUBSCRIBE. SMS and PHONE: WRITTEN_CONSENT (TCPA prior express written
 * consent covers both) / REVOKED (per channel: STOP to a text revokes texts). PHONE: DNC_ADDED / DNC_REMOVED for the
 * internal do-not-call list.
 */
public enum ConsentAction {
    OPT_IN("Opted in"),
    UNSUBSCRIBE("Unsubscribed"),
    WRITTEN_CONSENT("Prior express written consent"),
    REVOKED("Consent revoked"),
    DNC_ADDED("Added to do-not-call"),
    DNC_REMOVED("Removed from do-not-call");

    private final String label;

    ConsentAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
