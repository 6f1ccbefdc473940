package com.porchlight.security;

import org.jspecify.annotations.Nullable;

/** The one place that says what a password must be. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @return why the password is not acceptable, or {@code null} if it is. */
    static @Nullable String problem(@Nullable String password, String email) {
        if (password == null || password.isBlank()) {
            return "Enter a password.";
        }
        if (password.length() < MIN_LENGTH) {
            return "The password needs at least " + MIN_LENGTH + " characters (it has " + password.length() + ").";
        }
        if (password.length() > MAX_LENGTH) {
            return "The password can have at most " + MAX_LENGTH + " characters.";
        }
        if (password.equalsIgnoreCase(email)) {
            return "The password must not be the email address.";
        }
        return null;
    }
}
