package com.porchlight.compliance.engine;

/** The figures the recognisers pull out of copy; ranges are token indices [from, to). */
final class Figures {
    private Figures() {
    }

    enum PctKind { APR, RATE, OTHER_RATE, PERIODIC, DOWN, FINANCING, LTV, POINTS, NONCREDIT }

    enum MoneyKind { PAYMENT, DOWN, FEE, SAVINGS, OTHER }

    record Pct(int from, int to, double value, PctKind kind) {
    }

    record Money(int from, int to, double value, MoneyKind kind) {
    }

    /** "30-year", "15 yrs", "thirty-year", "180 months"; armLabel for "7/6 ARM" or "5-year ARM". */
    record Term(int from, int to, int months, boolean armLabel) {
    }

    /** "360 monthly payments", "48 equal installments". */
    record Count(int from, int to, int payments) {
    }

    record Nmls(int from, int to, String id) {
    }
}
