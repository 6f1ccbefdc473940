package com.porchlight.creative;

import com.porchlight.compliance.engine.PartKind;

/** A named piece of a creative's content, and the part of the copy the compliance engine reads it as. */
public enum CreativeField {
    SENDER_NAME("Sender name", PartKind.SENDER_NAME),
    SUBJECT("Subject", PartKind.SUBJECT),
    PREHEADER("Preheader", PartKind.PREHEADER),
    HEADLINE("Headline", PartKind.HEADLINE),
    PRIMARY_TEXT("Primary text", PartKind.BODY),
    BODY("Body", PartKind.BODY),
    DESCRIPTION("Description", PartKind.DESCRIPTION),
    CALL_TO_ACTION("Call to action", PartKind.CALL_TO_ACTION),
    SMS_TEXT("Message", PartKind.SMS_TEXT),
    FOOTER("Footer", PartKind.FOOTER),
    DISCLOSURES("Disclosures", PartKind.DISCLOSURES);

    private final String label;
    private final PartKind part;

    CreativeField(String label, PartKind part) {
        this.label = label;
        this.part = part;
    }

    public String label() {
        return label;
    }

    public PartKind part() {
        return part;
    }
}
