package com.porchlight.base.ui;

import java.security.SecureRandom;

/** Short reference ids that a user can read out to support and that appear next to the stack trace in the log. */
public final class ErrorReference {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    public static String next() {
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return "PL-" + new String(id, 0, 4) + "-" + new String(id, 4, 4);
    }
}
