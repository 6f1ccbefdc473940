package com.porchlight.base.embeddeddb;

/** The embedded database could not start; carries one sentence on why and one on what to do. */
public class EmbeddedDatabaseStartException extends RuntimeException {

    private final String action;

    public EmbeddedDatabaseStartException(String reason, String action) {
        super(reason);
        this.action = action;
    }

    public EmbeddedDatabaseStartException(String reason, String action, Throwable cause) {
        super(reason, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
