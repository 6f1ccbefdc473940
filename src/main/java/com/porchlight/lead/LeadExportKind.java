package com.porchlight.lead;

import org.jspecify.annotations.Nullable;

/**
 * What a lead export is for. A channel list holds only the leads with consent on that channel (decided in the SQL of
 * {@link LeadExportService}, from the lead's consent columns). The analysis export carries no email address or phone
 * number at all, so it can never become a contact list for people who did not consent.
 */
public enum LeadExportKind {
    EMAIL_LIST("Email list", ContactChannel.EMAIL, "l.emailable",
            "only leads who opted in to email and have not unsubscribed"),
    SMS_LIST("SMS list", ContactChannel.SMS, "l.sms_ok",
            "only leads with prior express written consent to texts, not revoked, not on do-not-call"),
    CALL_LIST("Call list", ContactChannel.PHONE, "l.callable",
            "only leads with prior express written consent to calls, not revoked, not on do-not-call"),
    ALL_FIELDS("All fields (no channel)", null, null,
            "every matching lead for analysis, without email addresses or phone numbers");

    private final String label;
    private final @Nullable ContactChannel channel;
    private final @Nullable String consentColumn;
    private final String description;

    LeadExportKind(String label, @Nullable ContactChannel channel, @Nullable String consentColumn,
            String description) {
        this.label = label;
        this.channel = channel;
        this.consentColumn = consentColumn;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public @Nullable ContactChannel channel() {
        return channel;
    }

    /** Who ends up in the file, in words. */
    public String description() {
        return description;
    }

    @Nullable String consentColumn() {
        return consentColumn;
    }
}
