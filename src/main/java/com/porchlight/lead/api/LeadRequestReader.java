package com.porchlight.lead.api;

import com.porchlight.lead.LeadField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a posted lead into the text map {@link com.porchlight.lead.LeadValidator} checks, and reports what the
 * validator cannot see: unknown fields (a typo such as {@code "firstname"} is refused, never ignored, because an
 * ignored {@code "consent"} typo would silently drop the borrower's consent) and values of the wrong JSON type.
 *
 * <p>Every field accepts a string, because many vendor platforms send every value as text. Besides that, amounts,
 * scores, rates and the term accept JSON numbers; the flags accept {@code true}/{@code false}; externalId, phone and zip
 * accept numbers. Numbers are passed on exactly as written (no binary floating point in between). {@code null} means
 * "not given". Consent is nested: {@code consent.email}, {@code consent.sms.granted/text/capturedAt}.
 */
final class LeadRequestReader {

    /** What a JSON value of a field may be besides a string. */
    enum Kind {
        TEXT("text"),
        TEXT_OR_NUMBER("text or a number"),
        NUMBER("a number"),
        FLAG("true or false");

        final String expected;

        Kind(String expected) {
            this.expected = expected;
        }
    }

    /** The outcome: the fields as text, keyed by {@link LeadField#key()}, and the problems found while reading. */
    record Read(Map<String, String> fields, List<ApiFieldError> errors) {
    }

    /**
     * Every field the API accepts, by its dotted name, in the order the documentation lists them. Derived from
     * {@link LeadField}, so a new intake field is accepted here (and checked against the OpenAPI document by a test).
     */
    static final Map<String, Kind> ACCEPTED;

    static {
        Map<String, Kind> accepted = new LinkedHashMap<>();
        for (LeadField field : LeadField.values()) {
            Kind kind = kind(field);
            if (kind != null) {
                accepted.put(field.key(), kind);
            }
        }
        ACCEPTED = java.util.Collections.unmodifiableMap(accepted);
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private LeadRequestReader() {
    }

    /** The JSON kind of each intake field; null for fields the API does not take (the server stamps receivedAt). */
    static @Nullable Kind kind(LeadField field) {
        return switch (field) {
            case EXTERNAL_ID, PHONE, ZIP -> Kind.TEXT_OR_NUMBER;
            case FIRST_NAME, LAST_NAME, EMAIL, STATE, COUNTY, LOAN_PURPOSE, LOAN_PROGRAM, CREDIT_BAND,
                    CURRENT_LOAN_PROGRAM, CURRENT_LOAN_ORIGINATED_ON, CONSENT_SMS_TEXT, CONSENT_SMS_CAPTURED_AT ->
                    Kind.TEXT;
            case CREDIT_SCORE, ANNUAL_INCOME, MONTHLY_DEBT, PROPERTY_VALUE, LOAN_AMOUNT, CURRENT_RATE,
                    CURRENT_LOAN_TERM_MONTHS -> Kind.NUMBER;
            case FIRST_TIME_BUYER, VETERAN, CONSENT_EMAIL, CONSENT_SMS_GRANTED -> Kind.FLAG;
            case RECEIVED_AT -> null;
        };
    }

    static Read read(byte[] body) {
        var fields = new LinkedHashMap<String, String>();
        var errors = new ArrayList<ApiFieldError>();
        JsonNode root = parse(body, errors);
        if (root != null) {
            if (root.isObject()) {
                readObject(root, "", fields, errors);
            } else {
                errors.add(new ApiFieldError(null, "The body must be a JSON object with the lead's fields, e.g. "
                        + "{\"firstName\": \"Ann\", …}; it is " + describe(root) + "."));
            }
        }
        return new Read(fields, List.copyOf(errors));
    }

    private static @Nullable JsonNode parse(byte[] body, List<ApiFieldError> errors) {
        if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            errors.add(new ApiFieldError(null, "The body is empty: send the lead as a JSON object."));
            return null;
        }
        try (JsonParser parser = JSON.createParser(body)) {
            try {
                return JSON.readTree(parser);
            } catch (JacksonException e) {
                var where = e.getLocation();
                String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
                errors.add(new ApiFieldError(null, "Malformed JSON" + at + ": " + firstLine(e.getOriginalMessage())
                        + "."));
                return null;
            }
        }
    }

    private static void readObject(JsonNode object, String prefix, Map<String, String> fields,
            List<ApiFieldError> errors) {
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String path = prefix + entry.getKey();
            JsonNode value = entry.getValue();
            Kind kind = ACCEPTED.get(path);
            if (kind != null) {
                String text = scalar(path, kind, value, errors);
                if (text != null) {
                    fields.put(path, text);
                }
            } else if (isGroup(path)) {
                if (value.isObject()) {
                    readObject(value, path + ".", fields, errors);
                } else if (!value.isNull()) {
                    errors.add(new ApiFieldError(path, path + " must be a JSON object with " + String.join(", ",
                            children(path)) + " (not " + describe(value) + ")."));
                }
            } else {
                errors.add(new ApiFieldError(path, unknown(path)));
            }
        }
    }

    private static @Nullable String scalar(String path, Kind kind, JsonNode value, List<ApiFieldError> errors) {
        if (value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isNumber() && (kind == Kind.NUMBER || kind == Kind.TEXT_OR_NUMBER)) {
            return numberText(value);
        }
        if (value.isBoolean() && kind == Kind.FLAG) {
            return Boolean.toString(value.booleanValue());
        }
        String label = LeadField.byKey(path).map(LeadField::label).orElse(path);
        errors.add(new ApiFieldError(path, label + " (" + path + ") must be " + kind.expected + ", not "
                + describe(value) + "."));
        return null;
    }

    /**
     * A number as written: {@code 6.875} stays 6.875, {@code 250000} stays 250000. Absurd exponents stay in
     * scientific form, so {@code 1e999999999} is refused by the validator instead of being written out in full.
     */
    private static String numberText(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        BigDecimal decimal = value.decimalValue();
        int digitsBeforePoint = decimal.precision() - decimal.scale();
        return decimal.scale() > 20 || digitsBeforePoint > 20 ? decimal.toString() : decimal.toPlainString();
    }

    /** {@code consent} and {@code consent.sms}: names under which accepted fields are nested. */
    private static boolean isGroup(String path) {
        return ACCEPTED.keySet().stream().anyMatch(key -> key.startsWith(path + "."));
    }

    /** The names directly inside a group, e.g. {@code granted, text, capturedAt} for {@code consent.sms}. */
    private static List<String> children(String group) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : ACCEPTED.keySet()) {
            if (key.startsWith(group + ".")) {
                String rest = key.substring(group.length() + 1);
                int dot = rest.indexOf('.');
                names.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return List.copyOf(names);
    }

    private static String unknown(String path) {
        if (path.equals(LeadField.RECEIVED_AT.key())) {
            return "receivedAt is not accepted over the API: Porchlight records the moment the lead arrives.";
        }
        int dot = path.lastIndexOf('.');
        String group = dot < 0 ? "" : path.substring(0, dot);
        String name = path.substring(dot + 1);
        List<String> siblings = group.isEmpty() ? topLevel() : children(group);
        String suggestion = closest(name, siblings);
        if (suggestion != null) {
            return "Unknown field \"" + path + "\": did you mean \"" + (group.isEmpty() ? "" : group + ".")
                    + suggestion + "\"? Field names are case-sensitive.";
        }
        return "Unknown field \"" + path + "\"; the fields " + (group.isEmpty() ? "" : "in " + group + " ")
                + "are " + String.join(", ", siblings) + ".";
    }

    private static List<String> topLevel() {
        Set<String> names = new LinkedHashSet<>();
        for (String key : ACCEPTED.keySet()) {
            int dot = key.indexOf('.');
            names.add(dot < 0 ? key : key.substring(0, dot));
        }
        return List.copyOf(names);
    }

    /** The accepted name the typo most likely meant: same letters ignoring case and separators, or two edits away. */
    static @Nullable String closest(String name, List<String> candidates) {
        String plain = squash(name);
        for (String candidate : candidates) {
            if (squash(candidate).equals(plain)) {
                return candidate;
            }
        }
        String best = null;
        int bestDistance = 3;
        for (String candidate : candidates) {
            int d = distance(plain, squash(candidate));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static String squash(String name) {
        var sb = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Levenshtein distance; names are short (the API's longest is 21 characters, typos are cut at 64). */
    private static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static String describe(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "true" : "false";
        }
        if (value.isNumber()) {
            return "the number " + numberText(value);
        }
        if (value.isNull()) {
            return "null";
        }
        return "text";
    }

    static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable input";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() <= 200 ? line : line.substring(0, 197) + "…";
    }
}
