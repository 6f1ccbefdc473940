package com.porchlight.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** How keys look and how they are stored: {@code plk_} + 40 base62 characters (238 bits), kept as SHA-256 hex. */
final class ApiKeys {

    static final String PREFIX = "plk_";
    static final int RANDOM_CHARS = 40;
    static final int SHOWN_PREFIX = 8;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    static String generate() {
        var key = new StringBuilder(PREFIX.length() + RANDOM_CHARS).append(PREFIX);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            key.append(BASE62.charAt(RANDOM.nextInt(BASE62.length()))); // nextInt(62) is unbiased
        }
        return key.toString();
    }

    /**
     * A fast hash is right here: the keys are random with ~238 bits of entropy, so there is nothing to guess from the
     * hash, and a slow password hash would cost every API request tens of milliseconds.
     */
    static String hash(String plainKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plainKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String shownPrefix(String plainKey) {
        return plainKey.substring(0, Math.min(SHOWN_PREFIX, plainKey.length()));
    }
}
