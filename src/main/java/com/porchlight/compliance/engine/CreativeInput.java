package com.porchlight.compliance.engine;

import java.util.List;
import java.util.Objects;

/** A creative to check: its channel, its ordered text parts and what it advertises. */
public record CreativeInput(Channel channel, List<TextPart> parts, CreativeContext context) {
    public CreativeInput {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(context, "context");
        parts = List.copyOf(parts);
    }

    public static CreativeInput of(Channel channel, CreativeContext context, TextPart... parts) {
        return new CreativeInput(channel, List.of(parts), context);
    }
}
