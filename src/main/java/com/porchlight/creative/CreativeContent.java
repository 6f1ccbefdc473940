package com.porchlight.creative;

import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.CreativeContext;
import com.porchlight.compliance.engine.CreativeInput;
import com.porchlight.compliance.engine.TextPart;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an author writes: the channel's fields (each a list; single fields hold one item), the setup and, for display
 * ads, the SHA-256 of the uploaded image. Fields the channel does not have are dropped.
 */
public record CreativeContent(Channel channel, Map<CreativeField, List<String>> values, CreativeSetup setup,
        @Nullable String imageSha256) {

    public CreativeContent {
        EnumMap<CreativeField, List<String>> copy = new EnumMap<>(CreativeField.class);
        for (FieldSpec spec : ChannelLayout.of(channel)) {
            List<String> items = values.getOrDefault(spec.field(), List.of());
            List<String> clean = new ArrayList<>();
            for (String item : items) {
                clean.add(item == null ? "" : item);
            }
            // Trailing blank items of repeated fields carry no content (an empty 15th headline).
            while (!clean.isEmpty() && clean.getLast().isBlank() && spec.repeated()) {
                clean.removeLast();
            }
            copy.put(spec.field(), List.copyOf(clean));
        }
        values = Collections.unmodifiableMap(copy);
        imageSha256 = ChannelLayout.hasImage(channel) ? imageSha256 : null;
    }

    public static CreativeContent empty(Channel channel) {
        return new CreativeContent(channel, Map.of(), CreativeSetup.empty(), null);
    }

    public List<String> items(CreativeField field) {
        return values.getOrDefault(field, List.of());
    }

    /** The first item of a field, or "" when it has none. */
    public String text(CreativeField field) {
        List<String> items = items(field);
        return items.isEmpty() ? "" : items.getFirst();
    }

    public CreativeContent with(CreativeField field, List<String> items) {
        EnumMap<CreativeField, List<String>> copy = new EnumMap<>(CreativeField.class);
        copy.putAll(values);
        copy.put(field, items);
        return new CreativeContent(channel, copy, setup, imageSha256);
    }

    public CreativeContent with(CreativeField field, String text) {
        return with(field, List.of(text));
    }

    public CreativeContent withSetup(CreativeSetup newSetup) {
        return new CreativeContent(channel, values, newSetup, imageSha256);
    }

    public CreativeContent withImage(@Nullable String sha256) {
        return new CreativeContent(channel, values, setup, sha256);
    }

    /**
     * The copy as the compliance engine reads it: every item becomes a part (HTML reduced to its visible text), with
     * the item's position as the part index, so findings point back at the field and item.
     */
    public CreativeInput toCheckInput() {
        List<TextPart> parts = new ArrayList<>();
        for (FieldSpec spec : ChannelLayout.of(channel)) {
            List<String> items = items(spec.field());
            for (int i = 0; i < items.size(); i++) {
                String text = spec.html() ? HtmlSanitiser.visibleText(items.get(i)) : items.get(i);
                if (!text.isBlank()) {
                    parts.add(new TextPart(spec.field().part(), i, text));
                }
            }
        }
        if (parts.isEmpty()) {
            parts.add(new TextPart(ChannelLayout.of(channel).getFirst().field().part(), 0, ""));
        }
        CreativeContext context = new CreativeContext(setup.states(), setup.program(), setup.purpose(),
                setup.productType(), setup.rateType(), null);
        return new CreativeInput(channel, parts, context);
    }
}
