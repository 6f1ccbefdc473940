package com.porchlight.compliance.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Input the API refuses, naming the field at fault (dotted path, e.g. {@code context.program}) and its choices. */
final class BadRequestException extends RuntimeException {

    private final @Nullable String field;
    private final @Nullable List<String> allowed;

    BadRequestException(@Nullable String field, String message) {
        this(field, message, null);
    }

    BadRequestException(@Nullable String field, String message, @Nullable List<String> allowed) {
        super(message, null, false, false);
        this.field = field;
        this.allowed = allowed;
    }

    @Nullable String field() {
        return field;
    }

    @Nullable List<String> allowed() {
        return allowed;
    }
}
