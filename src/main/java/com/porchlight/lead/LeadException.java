package com.porchlight.lead;

import org.jspecify.annotations.Nullable;

/** A lead-related request was refused; the message says why, {@code field} names the input it is about (or null). */
public class LeadException extends RuntimeException {

    private final @Nullable String field;

    public LeadException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public LeadException(String message) {
        this(null, message);
    }

    public @Nullable String field() {
        return field;
    }
}
