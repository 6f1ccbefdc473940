package com.porchlight.lead;

/** One problem with one field of a delivered lead, named by its API key (e.g. {@code consent.sms.text}). */
public record FieldError(String field, String message) {
}
