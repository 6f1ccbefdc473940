package com.porchlight.scoring;

import com.porchlight.lead.EventType;
import com.porchlight.segment.rule.RuleGroup;
import com.porchlight.segment.rule.RuleJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored form of a scoring model. Fit conditions are stored in the segment rule format ({@link RuleJson}), so an
 * unknown part of a condition is kept and reported exactly as in segments.
 */
final class ScoringModelJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScoringModelJson() {
    }

    static String write(ScoringModel model) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("format", 1);
        ArrayNode fit = doc.putArray("fit");
        for (FitRule r : model.fitRules()) {
            ObjectNode n = fit.addObject();
            n.put("name", r.name());
            n.put("points", r.points());
            n.set("condition", JSON.readTree(RuleJson.write(r.condition())));
        }
        ArrayNode intent = doc.putArray("intent");
        for (IntentRule r : model.intentRules()) {
            ObjectNode n = intent.addObject();
            n.put("event", r.eventType().name());
            n.put("points", r.points());
            n.put("cap", r.cap());
            n.put("windowDays", r.windowDays());
        }
        doc.put("decayPercentPerQuarter", model.decayPercentPerQuarter());
        doc.put("decayFit", model.decayFit());
        doc.put("mqlThreshold", model.mqlThreshold());
        return JSON.writeValueAsString(doc);
    }

    /**
     * @throws IllegalArgumentException when the stored model cannot be read (an unknown event type, missing numbers)
     */
    static ScoringModel read(String json) {
        JsonNode doc = JSON.readTree(json);
        List<FitRule> fit = new ArrayList<>();
        for (JsonNode n : doc.path("fit")) {
            RuleGroup condition = RuleJson.read(JSON.writeValueAsString(n.path("condition")));
            fit.add(new FitRule(n.path("name").asString(""), condition, n.path("points").asInt()));
        }
        List<IntentRule> intent = new ArrayList<>();
        for (JsonNode n : doc.path("intent")) {
            String event = n.path("event").asString("");
            EventType type;
            try {
                type = EventType.valueOf(event);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The stored scoring model counts an event type this version does "
                        + "not know: " + event, e);
            }
            intent.add(new IntentRule(type, n.path("points").asInt(), n.path("cap").asInt(),
                    n.path("windowDays").asInt()));
        }
        JsonNode decay = doc.path("decayPercentPerQuarter");
        return new ScoringModel(fit, intent, decay.isNumber() ? decay.decimalValue() : ScoringModel.DEFAULT_DECAY,
                doc.path("decayFit").asBoolean(false), doc.path("mqlThreshold").asInt(ScoringModel.DEFAULT_THRESHOLD));
    }
}
