package com.porchlight.compliance.engine;

import java.util.Objects;

/** One named piece of a creative's copy; index tells several headlines or descriptions apart. */
public record TextPart(PartKind kind, int index, String text) {
    public TextPart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
    }

    public static TextPart of(PartKind kind, String text) {
        return new TextPart(kind, 0, text);
    }
}
