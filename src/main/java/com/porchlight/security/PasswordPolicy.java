package com.porchlight.security;

import org.jspecify.annotations.Nullable;

/** The one place that says what a password must be. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; Spring Security 7 refuses longer input rather than silently truncating it. */
    static final int MAX_BYTES = 72;

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
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "The password is too long: at most " + MAX_BYTES + " bytes (72 plain letters or digits; accented"
                    + " letters and symbols count double or more).";
        }
        if (password.equalsIgnoreCase(email)) {
            return "The password must not be the email address.";
        }
        return null;
    }
}
