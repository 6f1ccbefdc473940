package com.porchlight.apikey;

/** An administrator's request the service refuses, with a sentence to show them. */
public class ApiKeyException extends RuntimeException {

    public ApiKeyException(String message) {
        super(message);
    }
}
