package com.porchlight.compliance;

/** A profile save was refused; {@code field} names the input (as in {@link ProfileForm}) the message is about. */
public class ProfileValidationException extends RuntimeException {

    private final String field;

    public ProfileValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
