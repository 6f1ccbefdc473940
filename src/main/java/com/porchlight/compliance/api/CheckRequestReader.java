package com.porchlight.compliance.api;

import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.CreativeContext;
import com.porchlight.compliance.engine.CreativeInput;
import com.porchlight.compliance.engine.LoanOfficer;
import com.porchlight.compliance.engine.LoanPurpose;
import com.porchlight.compliance.engine.PartKind;
import com.porchlight.compliance.engine.PostalAddress;
import com.porchlight.compliance.engine.ProductType;
import com.porchlight.compliance.engine.Program;
import com.porchlight.compliance.engine.RateType;
import com.porchlight.compliance.engine.RegulatorType;
import com.porchlight.compliance.engine.StateLicense;
import com.porchlight.compliance.engine.TextPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the request body into the engine's input, strictly: an unknown field, part name or enum value, or a value of
 * the wrong type, is refused with the dotted path of the field at fault and the values it allows. Strict because a
 * silently ignored typo ({@code "disclosure"} for {@code "disclosures"}) would give a wrong verdict.
 */
final class CheckRequestReader {

    /** What a request asks for: the creative to check and the advertiser fields that override the stored profile. */
    record CheckRequest(CreativeInput input, AdvertiserOverrides advertiser) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final List<String> TOP = List.of("channel", "parts", "context", "advertiser");
    private static final List<String> CONTEXT = List.of("states", "program", "purpose", "productType", "rateType",
            "firstLien");
    private static final List<String> ADVERTISER = List.of("legalName", "nmlsId", "regulatorType", "fhaApproved",
            "vaLender", "address", "loanOfficers", "stateLicenses");
    private static final List<String> ADDRESS = List.of("street", "city", "state", "postalCode");
    private static final List<String> LOAN_OFFICER = List.of("name", "nmlsId");
    private static final List<String> LICENSE = List.of("state", "type", "number", "legend");

    private CheckRequestReader() {
    }

    static CheckRequest read(byte[] body) {
        JsonNode root = parse(body);
        if (!root.isObject()) {
            throw new BadRequestException(null, "The body must be a JSON object with channel and parts.");
        }
        onlyKnown(root, "", TOP);
        Channel channel = requiredEnum(root.get("channel"), "channel", Channel.class);
        List<TextPart> parts = parts(root.get("parts"));
        CreativeContext context = context(root.get("context"));
        AdvertiserOverrides advertiser = advertiser(root.get("advertiser"));
        return new CheckRequest(new CreativeInput(channel, parts, context), advertiser);
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new BadRequestException(null, "The body is empty; send a JSON object with channel and parts.");
        }
        try (JsonParser parser = JSON.createParser(body)) {
            try {
                return JSON.readTree(parser);
            } catch (JacksonException e) {
                String field = path(parser.streamReadContext());
                var where = e.getLocation();
                String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
                throw new BadRequestException(field.isEmpty() ? null : field,
                        "Malformed JSON" + at + (field.isEmpty() ? "" : " (in " + field + ")") + ": "
                                + firstLine(e.getOriginalMessage()));
            }
        }
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable input";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The dotted path of where the parser stopped, e.g. {@code advertiser.loanOfficers[0].name}. */
    private static String path(@Nullable TokenStreamContext context) {
        var segments = new ArrayList<String>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.currentName() != null) {
                segments.addFirst("." + c.currentName());
            }
        }
        String joined = String.join("", segments);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private static List<TextPart> parts(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            throw new BadRequestException("parts", "Send the creative's text in parts, e.g. {\"body\": \"…\"}.",
                    PartNames.ALL);
        }
        if (!node.isObject()) {
            throw new BadRequestException("parts", "parts must be an object of part name to text.", PartNames.ALL);
        }
        List<TextPart> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String field = "parts." + entry.getKey();
            PartKind kind = PartNames.kind(entry.getKey());
            if (kind == null) {
                throw new BadRequestException(field, "Unknown part \"" + entry.getKey() + "\"; parts are "
                        + String.join(", ", PartNames.ALL) + ".", PartNames.ALL);
            }
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                continue;
            }
            if (value.isString()) {
                addPart(parts, kind, value.stringValue());
            } else if (value.isArray() && PartNames.splitsLines(kind)) {
                var lines = new ArrayList<String>();
                int i = 0;
                for (JsonNode line : value.values()) {
                    if (!line.isString()) {
                        throw new BadRequestException(field + "[" + i + "]", "Each " + entry.getKey()
                                + " must be text.");
                    }
                    lines.add(line.stringValue().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
                    i++;
                }
                addPart(parts, kind, String.join("\n", lines));
            } else {
                throw new BadRequestException(field, "The part " + entry.getKey() + " must be text"
                        + (PartNames.splitsLines(kind) ? " (several joined with newlines) or an array of text." : "."));
            }
        }
        if (parts.isEmpty()) {
            throw new BadRequestException("parts", "All parts are empty: there is no copy to check.", PartNames.ALL);
        }
        return parts;
    }

    /**
     * Headlines and descriptions: each line is its own part, its index the line number, so a finding's partIndex
     * points at the line sent. Blank parts and lines carry no copy and are not checked.
     */
    private static void addPart(List<TextPart> parts, PartKind kind, String text) {
        if (PartNames.splitsLines(kind)) {
            String[] lines = text.split("\r\n|\n|\r", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    parts.add(new TextPart(kind, i, lines[i]));
                }
            }
        } else if (!text.isBlank()) {
            parts.add(new TextPart(kind, 0, text));
        }
    }

    private static CreativeContext context(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return CreativeContext.unknown();
        }
        requireObject(node, "context");
        onlyKnown(node, "context.", CONTEXT);
        Set<String> states = new LinkedHashSet<>();
        JsonNode statesNode = node.get("states");
        if (statesNode != null && !statesNode.isNull()) {
            if (!statesNode.isArray()) {
                throw new BadRequestException("context.states", "states must be an array of two-letter state codes,"
                        + " e.g. [\"CA\", \"NY\"].");
            }
            int i = 0;
            for (JsonNode state : statesNode.values()) {
                states.add(stateCode(state, "context.states[" + i++ + "]"));
            }
        }
        return new CreativeContext(states,
                optionalEnum(node.get("program"), "context.program", Program.class),
                optionalEnum(node.get("purpose"), "context.purpose", LoanPurpose.class),
                optionalEnum(node.get("productType"), "context.productType", ProductType.class),
                optionalEnum(node.get("rateType"), "context.rateType", RateType.class),
                optionalBoolean(node.get("firstLien"), "context.firstLien"));
    }

    private static AdvertiserOverrides advertiser(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return AdvertiserOverrides.NONE;
        }
        requireObject(node, "advertiser");
        onlyKnown(node, "advertiser.", ADVERTISER);
        return new AdvertiserOverrides(
                clearableText(node.get("legalName"), "advertiser.legalName"),
                nmlsId(node.get("nmlsId")),
                optionalEnum(node.get("regulatorType"), "advertiser.regulatorType", RegulatorType.class),
                optionalBoolean(node.get("fhaApproved"), "advertiser.fhaApproved"),
                optionalBoolean(node.get("vaLender"), "advertiser.vaLender"),
                address(node.get("address")),
                loanOfficers(node.get("loanOfficers")),
                stateLicenses(node.get("stateLicenses")));
    }

    /** NMLS IDs are numbers, and callers send them both as JSON numbers and as text. */
    private static @Nullable Optional<String> nmlsId(@Nullable JsonNode node) {
        if (node != null && node.isIntegralNumber()) {
            return Optional.of(node.asString());
        }
        return clearableText(node, "advertiser.nmlsId");
    }

    /**
     * The address as text {@code "street, city, ST 12345"} (the street may itself contain commas) or as an object
     * {@code {street, city, state, postalCode}}.
     */
    private static @Nullable PostalAddress address(@Nullable JsonNode node) {
        String field = "advertiser.address";
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            onlyKnown(node, field + ".", ADDRESS);
            return new PostalAddress(requiredText(node.get("street"), field + ".street"),
                    requiredText(node.get("city"), field + ".city"),
                    stateCode(node.get("state"), field + ".state"),
                    requiredText(node.get("postalCode"), field + ".postalCode"));
        }
        if (!node.isString()) {
            throw new BadRequestException(field, "The address is text \"street, city, ST 12345\" or an object"
                    + " {street, city, state, postalCode}.");
        }
        String text = node.stringValue().strip();
        int lastComma = text.lastIndexOf(',');
        int cityComma = lastComma < 0 ? -1 : text.lastIndexOf(',', lastComma - 1);
        String[] stateZip = lastComma < 0 ? new String[0] : text.substring(lastComma + 1).strip().split("\\s+");
        if (cityComma <= 0 || stateZip.length != 2 || !stateZip[0].matches("[A-Za-z]{2}")) {
            throw new BadRequestException(field, "Write the address as \"street, city, ST 12345\" (e.g. \"100 Main"
                    + " St, Suite 200, Austin, TX 78701\") or send an object {street, city, state, postalCode}.");
        }
        String street = text.substring(0, cityComma).strip();
        String city = text.substring(cityComma + 1, lastComma).strip();
        if (street.isEmpty() || city.isEmpty()) {
            throw new BadRequestException(field, "The address needs a street and a city: \"street, city, ST 12345\".");
        }
        return new PostalAddress(street, city, stateZip[0].toUpperCase(Locale.ROOT), stateZip[1]);
    }

    private static @Nullable List<LoanOfficer> loanOfficers(@Nullable JsonNode node) {
        String field = "advertiser.loanOfficers";
        if (node == null || node.isNull()) {
            return null;
        }
        requireArray(node, field, "an array of {name, nmlsId}");
        var officers = new ArrayList<LoanOfficer>();
        int i = 0;
        for (JsonNode officer : node.values()) {
            String at = field + "[" + i++ + "]";
            requireObject(officer, at);
            onlyKnown(officer, at + ".", LOAN_OFFICER);
            var nmls = officer.get("nmlsId") != null && officer.get("nmlsId").isIntegralNumber()
                    ? officer.get("nmlsId").asString() : optionalText(officer.get("nmlsId"), at + ".nmlsId");
            officers.add(new LoanOfficer(requiredText(officer.get("name"), at + ".name"), nmls));
        }
        return officers;
    }

    private static @Nullable List<StateLicense> stateLicenses(@Nullable JsonNode node) {
        String field = "advertiser.stateLicenses";
        if (node == null || node.isNull()) {
            return null;
        }
        requireArray(node, field, "an array of {state, type, number, legend}");
        var licences = new ArrayList<StateLicense>();
        int i = 0;
        for (JsonNode licence : node.values()) {
            String at = field + "[" + i++ + "]";
            requireObject(licence, at);
            onlyKnown(licence, at + ".", LICENSE);
            String type = optionalText(licence.get("type"), at + ".type");
            JsonNode numberNode = licence.get("number");
            String number = numberNode != null && numberNode.isIntegralNumber() ? numberNode.asString()
                    : requiredText(numberNode, at + ".number");
            licences.add(new StateLicense(stateCode(licence.get("state"), at + ".state"), type == null ? "" : type,
                    number, optionalText(licence.get("legend"), at + ".legend")));
        }
        return licences;
    }

    private static void onlyKnown(JsonNode node, String prefix, List<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new BadRequestException(prefix + name, "Unknown field \"" + prefix + name + "\"; the fields"
                        + " here are " + String.join(", ", known) + ".", known);
            }
        }
    }

    private static void requireObject(JsonNode node, String field) {
        if (!node.isObject()) {
            throw new BadRequestException(field, field + " must be a JSON object.");
        }
    }

    private static void requireArray(JsonNode node, String field, String shape) {
        if (!node.isArray()) {
            throw new BadRequestException(field, field + " must be " + shape + ".");
        }
    }

    private static <E extends Enum<E>> E requiredEnum(@Nullable JsonNode node, String field, Class<E> type) {
        E value = optionalEnum(node, field, type);
        if (value == null) {
            throw new BadRequestException(field, field + " is required: one of " + names(type) + ".", names(type));
        }
        return value;
    }

    /** Enum values as the engine names them; case does not matter ({@code "fha"} is FHA). */
    private static <E extends Enum<E>> @Nullable E optionalEnum(@Nullable JsonNode node, String field,
            Class<E> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            String wanted = node.stringValue().strip().toUpperCase(Locale.ROOT);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(wanted)) {
                    return constant;
                }
            }
        }
        throw new BadRequestException(field, "Unknown " + field + " " + node + "; allowed: "
                + String.join(", ", names(type)) + ".", names(type));
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static @Nullable Boolean optionalBoolean(@Nullable JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw new BadRequestException(field, field + " must be true or false (not " + node + ").",
                    List.of("true", "false"));
        }
        return node.booleanValue();
    }

    private static @Nullable String optionalText(@Nullable JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new BadRequestException(field, field + " must be text.");
        }
        String text = node.stringValue().strip();
        return text.isEmpty() ? null : text;
    }

    /** null: keep the stored value; empty: clear it for this check. */
    private static @Nullable Optional<String> clearableText(@Nullable JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        return Optional.ofNullable(optionalText(node, field));
    }

    private static String requiredText(@Nullable JsonNode node, String field) {
        String text = optionalText(node, field);
        if (text == null) {
            throw new BadRequestException(field, field + " is required.");
        }
        return text;
    }

    private static String stateCode(@Nullable JsonNode node, String field) {
        String code = node != null && node.isString() ? node.stringValue().strip() : "";
        if (!code.matches("[A-Za-z]{2}")) {
            throw new BadRequestException(field, field + " must be a two-letter state code such as \"CA\" (not "
                    + node + ").");
        }
        return code.toUpperCase(Locale.ROOT);
    }
}
