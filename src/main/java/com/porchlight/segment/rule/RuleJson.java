package com.porchlight.segment.rule;

import com.porchlight.lead.EventType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored form of a rule (JSON, versioned by {@code "format"}). Reading never fails on content: a node this code
 * does not understand — an unknown field, operator, event type or kind of condition — becomes an {@link UnknownRule}
 * holding the node's original JSON, which writing puts back unchanged. Only text that is not JSON at all is refused.
 *
 * <pre>{@code
 * {"format":1,"rule":{"type":"group","combinator":"ALL","rules":[
 *   {"type":"field","field":"state","operator":"IS_ANY_OF","values":["CA","TX"]},
 *   {"type":"activity","none":false,"event":"RATE_QUOTE","count":2,"days":30},
 *   {"type":"rateTrigger","basisPoints":50}]}}
 * }</pre>
 */
public final class RuleJson {

    public static final int FORMAT = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RuleJson() {
    }

    public static String write(RuleGroup root) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("format", FORMAT);
        doc.set("rule", node(root));
        return JSON.writeValueAsString(doc);
    }

    /**
     * Reads a stored rule.
     *
     * @throws IllegalArgumentException when the text is not JSON or has no rule group at its root
     */
    public static RuleGroup read(String json) {
        JsonNode doc;
        try {
            doc = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The stored rule is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode rule = doc == null ? null : doc.get("rule");
        if (rule == null || !rule.isObject()) {
            throw new IllegalArgumentException("The stored rule has no rule group at its root.");
        }
        Rule root = rule(rule);
        if (root instanceof RuleGroup group) {
            return group;
        }
        // A root that is not a group (a newer format?) is kept as the one rule of a group, and reported.
        return new RuleGroup(Combinator.ALL, List.of(root));
    }

    private static JsonNode node(Rule rule) {
        ObjectNode n = JSON.createObjectNode();
        switch (rule) {
            case RuleGroup g -> {
                n.put("type", "group");
                n.put("combinator", g.combinator().name());
                ArrayNode rules = n.putArray("rules");
                g.rules().forEach(r -> rules.add(node(r)));
            }
            case FieldCondition f -> {
                n.put("type", "field");
                n.put("field", f.field().key());
                n.put("operator", f.operator().name());
                ArrayNode values = n.putArray("values");
                f.values().forEach(values::add);
            }
            case ActivityCondition a -> {
                n.put("type", "activity");
                n.put("none", a.none());
                if (a.eventType() != null) {
                    n.put("event", a.eventType().name());
                }
                n.put("count", a.count());
                n.put("days", a.days());
            }
            case RateTrigger t -> {
                n.put("type", "rateTrigger");
                n.put("basisPoints", t.basisPoints());
            }
            case UnknownRule u -> {
                return JSON.readTree(u.json());
            }
        }
        return n;
    }

    private static Rule rule(JsonNode n) {
        String type = text(n, "type");
        if (type == null) {
            return unknown(n, "a part of the rule has no type");
        }
        return switch (type) {
            case "group" -> group(n);
            case "field" -> field(n);
            case "activity" -> activity(n);
            case "rateTrigger" -> {
                JsonNode bps = n.get("basisPoints");
                yield bps != null && bps.canConvertToInt() ? new RateTrigger(bps.intValue())
                        : unknown(n, "a rate trigger without a number of basis points");
            }
            default -> unknown(n, "a kind of condition this version does not know (" + type + ")");
        };
    }

    private static Rule group(JsonNode n) {
        Combinator c = enumValue(Combinator.class, text(n, "combinator"));
        JsonNode rules = n.get("rules");
        if (c == null || rules == null || !rules.isArray()) {
            return unknown(n, "a group with an unknown combinator " + text(n, "combinator"));
        }
        List<Rule> children = new ArrayList<>();
        for (JsonNode child : rules) {
            children.add(child.isObject() ? rule(child) : unknown(child, "a part of the rule that is not an object"));
        }
        return new RuleGroup(c, children);
    }

    private static Rule field(JsonNode n) {
        String key = text(n, "field");
        LeadAttribute field = key == null ? null : LeadAttribute.byKey(key);
        if (field == null) {
            return unknown(n, "the field \"" + key + "\" no longer exists");
        }
        String opName = text(n, "operator");
        Operator op = enumValue(Operator.class, opName);
        if (op == null) {
            return unknown(n, field.label() + ": the operator \"" + opName + "\" no longer exists");
        }
        JsonNode values = n.get("values");
        List<String> list = new ArrayList<>();
        if (values != null && values.isArray()) {
            for (JsonNode v : values) {
                list.add(v.isString() ? v.stringValue() : v.toString());
            }
        }
        return new FieldCondition(field, op, list);
    }

    private static Rule activity(JsonNode n) {
        String event = text(n, "event");
        EventType type = event == null ? null : enumValue(EventType.class, event);
        if (event != null && type == null) {
            return unknown(n, "the event type \"" + event + "\" no longer exists");
        }
        JsonNode count = n.get("count");
        JsonNode days = n.get("days");
        if (count == null || !count.canConvertToInt() || days == null || !days.canConvertToInt()) {
            return unknown(n, "a behaviour condition without a count or a number of days");
        }
        JsonNode none = n.get("none");
        return new ActivityCondition(none != null && none.asBoolean(), type, count.intValue(), days.intValue());
    }

    private static UnknownRule unknown(JsonNode n, String reason) {
        return new UnknownRule(JSON.writeValueAsString(n), reason);
    }

    private static @Nullable String text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v != null && v.isString() ? v.stringValue() : null;
    }

    private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String name) {
        if (name == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
