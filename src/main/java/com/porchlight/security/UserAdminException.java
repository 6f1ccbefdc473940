package com.porchlight.security;

/** A user-administration request was refused; the message says why in words an administrator understands. */
public class UserAdminException extends RuntimeException {

    /** Which input the message is about, so a form can show it next to that field. */
    public enum Field { EMAIL, DISPLAY_NAME, ROLES, PASSWORD, NMLS_ID, LICENSED_STATES, NONE }

    private final Field field;

    public UserAdminException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
