package com.porchlight.compliance.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The API's error body: {@code {"error": "...", "field": "context.program", "allowed": [...]}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, @Nullable String field, @Nullable List<String> allowed) {

    static ApiError of(String error) {
        return new ApiError(error, null, null);
    }
}
