package com.porchlight.security;

/** How a sign-in attempt ended. */
public enum SignInOutcome {
    SUCCESS("Signed in"),
    BAD_CREDENTIALS("Wrong email or password"),
    LOCKED("Refused: account locked"),
    DISABLED("Refused: account disabled");

    private final String label;

    SignInOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
