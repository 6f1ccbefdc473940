package com.porchlight.lead;

/** Why the borrower wants a loan. */
public enum LoanPurpose {
    PURCHASE("Purchase"),
    REFINANCE("Refinance"),
    CASH_OUT_REFINANCE("Cash-out refinance"),
    HOME_EQUITY("Home equity");

    private final String label;

    LoanPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
