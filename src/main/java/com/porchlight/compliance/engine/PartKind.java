package com.porchlight.compliance.engine;

/** The named text parts of a creative, in the order a reader usually meets them. */
public enum PartKind { SENDER_NAME, SUBJECT, PREHEADER, HEADLINE, DESCRIPTION, BODY, CALL_TO_ACTION, SMS_TEXT, FOOTER, DISCLOSURES }
