package com.porchlight.lead.api;

import com.porchlight.lead.LeadEventInput;
import com.porchlight.lead.LeadEventService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code {"events": [{"leadId": 123, "type": "RATE_QUOTE", "occurredAt": "…", "detail": "…"}, …]}} into
 * {@link LeadEventInput}s, reporting what {@link LeadEventService} cannot see: unknown fields (with the likely typo),
 * values of the wrong JSON type, and a body that is not this shape. Each problem names its JSON path
 * ({@code events[3].type}). As in the lead request, {@code null} means "not given" and the lead id may be sent as text.
 */
final class LeadEventRequestReader {

    /** The fields of one event, in the order the documentation lists them. */
    static final List<String> EVENT_FIELDS = List.of("leadId", "type", "occurredAt", "detail");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The events as read (a field that could not be read is null) and the problems found while reading. */
    record Read(List<LeadEventInput> events, List<ApiFieldError> errors) {
    }

    private LeadEventRequestReader() {
    }

    static String path(int index, String field) {
        return "events[" + index + "]." + field;
    }

    static Read read(byte[] body) {
        List<ApiFieldError> errors = new ArrayList<>();
        List<LeadEventInput> events = new ArrayList<>();
        JsonNode root = parse(body, errors);
        if (root == null) {
            return new Read(events, errors);
        }
        if (!root.isObject()) {
            errors.add(new ApiFieldError(null, "The body must be a JSON object {\"events\": [...]}; it is "
                    + LeadRequestReader.describe(root) + "."));
            return new Read(events, errors);
        }
        JsonNode list = null;
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (entry.getKey().equals("events")) {
                list = entry.getValue();
            } else {
                errors.add(new ApiFieldError(entry.getKey(), unknown(entry.getKey(), List.of("events"), "")));
            }
        }
        if (list == null || list.isNull()) {
            errors.add(new ApiFieldError("events", "events is required: a list of 1 to "
                    + LeadEventService.MAX_EVENTS + " events."));
        } else if (!list.isArray()) {
            errors.add(new ApiFieldError("events", "events must be a JSON array of events, not "
                    + LeadRequestReader.describe(list) + "."));
        } else if (list.size() > LeadEventService.MAX_EVENTS) {
            // Not read one by one: the service reports the count, and a thousand more errors would help nobody.
            for (int i = 0; i < list.size(); i++) {
                events.add(new LeadEventInput(null, null, null, null));
            }
        } else {
            for (int i = 0; i < list.size(); i++) {
                events.add(event(i, list.get(i), errors));
            }
        }
        return new Read(events, List.copyOf(errors));
    }

    private static @Nullable JsonNode parse(byte[] body, List<ApiFieldError> errors) {
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            errors.add(new ApiFieldError(null, "The body is empty: send {\"events\": [...]} as JSON."));
            return null;
        }
        try (JsonParser parser = JSON.createParser(body)) {
            try {
                return JSON.readTree(parser);
            } catch (JacksonException e) {
                var where = e.getLocation();
                String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
                errors.add(new ApiFieldError(null, "Malformed JSON" + at + ": "
                        + LeadRequestReader.firstLine(e.getOriginalMessage()) + "."));
                return null;
            }
        }
    }

    private static LeadEventInput event(int i, JsonNode node, List<ApiFieldError> errors) {
        if (!node.isObject()) {
            errors.add(new ApiFieldError("events[" + i + "]", "Each event must be a JSON object with leadId and "
                    + "type (and optionally occurredAt and detail), not " + LeadRequestReader.describe(node) + "."));
            return new LeadEventInput(null, null, null, null);
        }
        String leadId = null;
        String type = null;
        String occurredAt = null;
        String detail = null;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            String path = path(i, name);
            switch (name) {
                case "leadId" -> leadId = leadId(path, value, errors);
                case "type" -> type = text(path, value, errors);
                case "occurredAt" -> occurredAt = text(path, value, errors);
                case "detail" -> detail = text(path, value, errors);
                default -> errors.add(new ApiFieldError(path, unknown(name, EVENT_FIELDS, "events[" + i + "].")));
            }
        }
        return new LeadEventInput(leadId, type, occurredAt, detail);
    }

    private static @Nullable String leadId(String path, JsonNode value, List<ApiFieldError> errors) {
        if (value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isString()) {
            return value.stringValue();
        }
        errors.add(new ApiFieldError(path, path + " must be a lead's id, a whole number, not "
                + LeadRequestReader.describe(value) + "."));
        return null;
    }

    private static @Nullable String text(String path, JsonNode value, List<ApiFieldError> errors) {
        if (value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.stringValue();
        }
        errors.add(new ApiFieldError(path, path + " must be text, not " + LeadRequestReader.describe(value) + "."));
        return null;
    }

    private static String unknown(String name, List<String> accepted, String prefix) {
        String suggestion = LeadRequestReader.closest(name, accepted);
        if (suggestion != null) {
            return "Unknown field \"" + prefix + name + "\": did you mean \"" + prefix + suggestion
                    + "\"? Field names are case-sensitive.";
        }
        return "Unknown field \"" + prefix + name + "\"; the fields " + (prefix.isEmpty() ? "of the body are "
                : "of an event are ") + String.join(", ", accepted) + ".";
    }
}
