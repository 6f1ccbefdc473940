package com.porchlight.compliance.engine;

/** A physical postal address (street, PO box or registered private mailbox) as CAN-SPAM requires. */
public record PostalAddress(String street, String city, String state, String postalCode) {
    public String oneLine() {
        return street + ", " + city + ", " + state + " " + postalCode;
    }
}
