package com.porchlight.compliance.engine;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in a creative.
 *
 * <p>{@code [start, end)} are character offsets into the part's text. An empty span marks where a
 * missing disclosure should be inserted (usually the end of the footer or body), so the UI can offer
 * the suggestion right there.
 */
public record Finding(
        String ruleId,
        Severity severity,
        PartKind part,
        int partIndex,
        int start,
        int end,
        String message,
        String citation,
        @Nullable String suggestion) {
}
