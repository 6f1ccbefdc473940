package com.porchlight.lead.api;

import org.jspecify.annotations.Nullable;

/**
 * One problem with a posted lead. {@code field} is the field's name as posted, dotted for consent
 * ({@code consent.sms.text}); null when the problem is the body as a whole (empty, not an object, malformed JSON).
 */
record ApiFieldError(@Nullable String field, String message) {
}
