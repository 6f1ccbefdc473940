package com.porchlight.lead;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every field a lead can be delivered with, under the name lead vendors integrate against ({@link #key()}: the intake
 * API's JSON names, with consent nested as {@code consent.sms.text}). The CSV import maps file headers to these same
 * fields, so both paths share one validator and one set of messages.
 */
public enum LeadField {
    EXTERNAL_ID("externalId", "External ID", "vendor's lead id, lead id, external id"),
    FIRST_NAME("firstName", "First name", "first, fname, given name"),
    LAST_NAME("lastName", "Last name", "last, lname, surname, family name"),
    EMAIL("email", "Email", "email address, e-mail"),
    PHONE("phone", "Phone", "phone number, mobile, cell, telephone"),
    STATE("state", "State", "st, state code, property state"),
    ZIP("zip", "ZIP", "zip code, postal code, zipcode"),
    COUNTY("county", "County", "property county"),
    LOAN_PURPOSE("loanPurpose", "Loan purpose", "purpose"),
    LOAN_PROGRAM("loanProgram", "Loan program", "program, loan type"),
    CREDIT_SCORE("creditScore", "Credit score", "fico, score"),
    CREDIT_BAND("creditBand", "Credit band", "credit, credit rating"),
    ANNUAL_INCOME("annualIncome", "Annual income", "income, yearly income"),
    MONTHLY_DEBT("monthlyDebt", "Monthly debt", "monthly debts, debts"),
    PROPERTY_VALUE("propertyValue", "Property value", "home value, value, purchase price"),
    LOAN_AMOUNT("loanAmount", "Loan amount", "amount, requested amount"),
    CURRENT_RATE("currentRate", "Current note rate", "note rate, current interest rate, rate"),
    CURRENT_LOAN_PROGRAM("currentLoanProgram", "Current loan program", "current program"),
    CURRENT_LOAN_TERM_MONTHS("currentLoanTermMonths", "Current loan term (months)", "current term, term months"),
    CURRENT_LOAN_ORIGINATED_ON("currentLoanOriginatedOn", "Current loan originated on",
            "origination date, originated on, closing date"),
    FIRST_TIME_BUYER("firstTimeBuyer", "First-time buyer", "first time buyer, ftb, first time home buyer"),
    VETERAN("veteran", "Veteran", "military, va eligible"),
    RECEIVED_AT("receivedAt", "Received at", "lead date, date received, created, created at"),
    CONSENT_EMAIL("consent.email", "Email opt-in", "email opt in, email consent, email optin"),
    CONSENT_SMS_GRANTED("consent.sms.granted", "SMS/phone written consent",
            "sms consent, tcpa consent, sms opt in, phone consent"),
    CONSENT_SMS_TEXT("consent.sms.text", "Consent text shown", "consent text, tcpa text, consent language"),
    CONSENT_SMS_CAPTURED_AT("consent.sms.capturedAt", "Consent captured at",
            "consent date, consent captured at, tcpa timestamp, consent timestamp");

    private final String key;
    private final String label;
    private final String synonyms;

    LeadField(String key, String label, String synonyms) {
        this.key = key;
        this.label = label;
        this.synonyms = synonyms;
    }

    /** The field's name in the API, in error messages and in the CSV mapping. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Other header spellings that mean this field, lower case, comma separated (for the CSV auto-mapping). */
    public String synonyms() {
        return synonyms;
    }

    public static Optional<LeadField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
