package com.porchlight.rate;

/**
 * The products the lender publishes a daily rate and APR for. The rate trigger of segments compares a lead's note
 * rate with today's rate of the product their current loan maps to; creatives that quote a rate carry the product.
 */
public enum RateProduct {
    CONV_30_FIXED("30-yr fixed", "30-year fixed conventional", 360),
    CONV_15_FIXED("15-yr fixed", "15-year fixed conventional", 180),
    FHA_30_FIXED("30-yr FHA", "30-year fixed FHA", 360),
    VA_30_FIXED("30-yr VA", "30-year fixed VA", 360),
    JUMBO_30_FIXED("30-yr jumbo", "30-year fixed jumbo", 360),
    ARM_7_6("7/6 ARM", "7/6 adjustable-rate (fixed for 7 years, then adjusts every 6 months)", 360);

    private final String shortLabel;
    private final String label;
    private final int termMonths;

    RateProduct(String shortLabel, String label, int termMonths) {
        this.shortLabel = shortLabel;
        this.label = label;
        this.termMonths = termMonths;
    }

    /** As a sentence uses it: "today's 30-yr fixed". */
    public String shortLabel() {
        return shortLabel;
    }

    public String label() {
        return label;
    }

    public int termMonths() {
        return termMonths;
    }
}
