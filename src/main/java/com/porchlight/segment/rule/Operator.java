package com.porchlight.segment.rule;

/** The comparison of a {@link FieldCondition}. How many values each takes is {@link #arity}. */
public enum Operator {
    IS("is", Arity.ONE),
    IS_ANY_OF("is any of", Arity.SOME),
    IS_NONE_OF("is none of", Arity.SOME),
    AT_LEAST("≥", Arity.ONE),
    AT_MOST("≤", Arity.ONE),
    BETWEEN("between", Arity.TWO),
    STARTS_WITH_ANY("starts with", Arity.SOME),
    ON_OR_AFTER("on or after", Arity.ONE),
    ON_OR_BEFORE("on or before", Arity.ONE),
    IN_LAST_DAYS("in the last N days", Arity.ONE),
    IS_EMPTY("is empty", Arity.NONE),
    IS_NOT_EMPTY("is not empty", Arity.NONE);

    /** How many values an operator takes. */
    public enum Arity { NONE, ONE, TWO, SOME }

    private final String label;
    private final Arity arity;

    Operator(String label, Arity arity) {
        this.label = label;
        this.arity = arity;
    }

    public Arity arity() {
        return arity;
    }

    /** The label in the builder's operator menu, which reads differently for a ranked list ("or better"). */
    public String label(ValueKind kind) {
        if (kind == ValueKind.RANKED_CHOICE) {
            if (this == AT_LEAST) {
                return "is at least (or better)";
            }
            if (this == AT_MOST) {
                return "is at most (or worse)";
            }
        }
        if (kind == ValueKind.DAYS) {
            if (this == AT_LEAST) {
                return "at least N days";
            }
            if (this == AT_MOST) {
                return "at most N days";
            }
        }
        return label;
    }
}
