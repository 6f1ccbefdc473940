package com.porchlight.rate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A rate entry was refused: every field at fault with its message, in the order the form shows the fields. */
public class RateEntryException extends RuntimeException {

    /** The form's fields, in the order they are shown. */
    public enum Field { PRODUCT, RATE, APR, EFFECTIVE_AT, CREDIT_SCORE, LTV, POINTS, NOTE }

    private final Map<Field, String> problems;

    public RateEntryException(Map<Field, String> problems) {
        super(String.join(" ", problems.values()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refused entry names at least one problem");
        }
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
