package com.porchlight.lead;

/**
 * A consent change a console user can record for a lead, with the evidence row it appends. There is deliberately no
 * "SMS opt-in" or "calls opt-in": TCPA prior express written consent must come from the borrower, signed, with the
 * consent text they were shown, which only the intake API and imports carry.
 */
public enum ConsentChange {
    EMAIL_OPT_IN(ContactChannel.EMAIL, ConsentAction.OPT_IN, "Record an email opt-in"),
    EMAIL_UNSUBSCRIBE(ContactChannel.EMAIL, ConsentAction.UNSUBSCRIBE, "Unsubscribe from email"),
    SMS_REVOKE(ContactChannel.SMS, ConsentAction.REVOKED, "Revoke consent to texts (SMS)"),
    CALLS_REVOKE(ContactChannel.PHONE, ConsentAction.REVOKED, "Revoke consent to calls"),
    DNC_ADD(ContactChannel.PHONE, ConsentAction.DNC_ADDED, "Add to the internal do-not-call list"),
    DNC_REMOVE(ContactChannel.PHONE, ConsentAction.DNC_REMOVED, "Remove from the internal do-not-call list");

    private final ContactChannel channel;
    private final ConsentAction action;
    private final String label;

    ConsentChange(ContactChannel channel, ConsentAction action, String label) {
        this.channel = channel;
        this.action = action;
        this.label = label;
    }

    public ContactChannel channel() {
        return channel;
    }

    public ConsentAction action() {
        return action;
    }

    public String label() {
        return label;
    }
}
