package com.porchlight.compliance.api;

/** The request body is over the API's limit. */
final class PayloadTooLargeException extends RuntimeException {

    PayloadTooLargeException(String message) {
        super(message, null, false, false);
    }
}
