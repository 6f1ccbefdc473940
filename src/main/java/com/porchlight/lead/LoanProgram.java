package com.porchlight.lead;

/** The loan program a lead asks about (or, for current loans, the program of the loan they hold). */
public enum LoanProgram {
    CONVENTIONAL("Conventional"),
    FHA("FHA"),
    VA("VA"),
    USDA("USDA"),
    JUMBO("Jumbo");

    private final String label;

    LoanProgram(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
