package com.porchlight.creative;

import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.LoanPurpose;
import com.porchlight.compliance.engine.PartKind;
import com.porchlight.compliance.engine.ProductType;
import com.porchlight.compliance.engine.Program;
import com.porchlight.compliance.engine.RateType;
import com.porchlight.compliance.engine.Severity;
import com.porchlight.rate.RateProduct;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The stored JSON of a version's content and quote, of findings and of checklist answers. */
final class ContentJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A version as stored: content plus the rate it was written against. */
    record Stored(CreativeContent content, @Nullable RateQuote quote) {
    }

    private ContentJson() {
    }

    static String write(CreativeContent content, @Nullable RateQuote quote) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("format", 1);
        doc.put("channel", content.channel().name());
        ObjectNode fields = doc.putObject("fields");
        for (FieldSpec spec : ChannelLayout.of(content.channel())) {
            ArrayNode items = fields.putArray(spec.field().name());
            content.items(spec.field()).forEach(items::add);
        }
        CreativeSetup s = content.setup();
        ObjectNode setup = doc.putObject("setup");
        ArrayNode states = setup.putArray("states");
        s.states().forEach(states::add);
        putEnum(setup, "program", s.program());
        putEnum(setup, "purpose", s.purpose());
        putEnum(setup, "productType", s.productType());
        putEnum(setup, "rateType", s.rateType());
        setup.put("campaign", s.campaign());
        setup.put("loanOfficer", s.loanOfficer());
        putEnum(setup, "quotedProduct", s.quotedProduct());
        doc.put("image", content.imageSha256());
        if (quote != null) {
            ObjectNode q = doc.putObject("quote");
            q.put("product", quote.product().name());
            q.put("rate", quote.rate().toPlainString());
            q.put("apr", quote.apr().toPlainString());
            q.put("asOf", quote.asOf().toString());
        }
        return JSON.writeValueAsString(doc);
    }

    private static void putEnum(ObjectNode node, String name, @Nullable Enum<?> value) {
        node.put(name, value == null ? null : value.name());
    }

    static Stored read(String json) {
        JsonNode doc = JSON.readTree(json);
        Channel channel = Channel.valueOf(doc.path("channel").stringValue());
        Map<CreativeField, List<String>> values = new EnumMap<>(CreativeField.class);
        for (var e : doc.path("fields").properties()) {
            List<String> items = new ArrayList<>();
            e.getValue().forEach(n -> items.add(n.stringValue()));
            values.put(CreativeField.valueOf(e.getKey()), items);
        }
        JsonNode s = doc.path("setup");
        Set<String> states = new TreeSet<>();
        s.path("states").forEach(n -> states.add(n.stringValue()));
        CreativeSetup setup = new CreativeSetup(states, en(s, "program", Program::valueOf),
                en(s, "purpose", LoanPurpose::valueOf), en(s, "productType", ProductType::valueOf),
                en(s, "rateType", RateType::valueOf), text(s, "campaign"), text(s, "loanOfficer"),
                en(s, "quotedProduct", RateProduct::valueOf));
        RateQuote quote = null;
        JsonNode q = doc.path("quote");
        if (q.isObject()) {
            quote = new RateQuote(RateProduct.valueOf(q.path("product").stringValue()),
                    new BigDecimal(q.path("rate").stringValue()), new BigDecimal(q.path("apr").stringValue()),
                    Instant.parse(q.path("asOf").stringValue()));
        }
        return new Stored(new CreativeContent(channel, values, setup, text(doc, "image")), quote);
    }

    private static @Nullable String text(JsonNode node, String name) {
        JsonNode v = node.path(name);
        return v.isString() ? v.stringValue() : null;
    }

    private static <E> @Nullable E en(JsonNode node, String name, Function<String, E> parse) {
        String v = text(node, name);
        return v == null ? null : parse.apply(v);
    }

    static String writeFindings(List<Finding> findings) {
        ArrayNode list = JSON.createArrayNode();
        for (Finding f : findings) {
            ObjectNode n = list.addObject();
            n.put("ruleId", f.ruleId());
            n.put("severity", f.severity().name());
            n.put("part", f.part().name());
            n.put("partIndex", f.partIndex());
            n.put("start", f.start());
            n.put("end", f.end());
            n.put("message", f.message());
            n.put("citation", f.citation());
            n.put("suggestion", f.suggestion());
        }
        return JSON.writeValueAsString(list);
    }

    static List<Finding> readFindings(String json) {
        List<Finding> out = new ArrayList<>();
        for (JsonNode n : JSON.readTree(json)) {
            out.add(new Finding(n.path("ruleId").stringValue(), Severity.valueOf(n.path("severity").stringValue()),
                    PartKind.valueOf(n.path("part").stringValue()), n.path("partIndex").intValue(),
                    n.path("start").intValue(), n.path("end").intValue(), n.path("message").stringValue(),
                    n.path("citation").stringValue(), text(n, "suggestion")));
        }
        return out;
    }

    static String writeChecklist(Map<Integer, ChecklistAnswer> answers) {
        ObjectNode doc = JSON.createObjectNode();
        answers.forEach((item, a) -> {
            ObjectNode n = doc.putObject(Integer.toString(item));
            n.put("answer", a.answer().name());
            n.put("note", a.note());
            // The wording the reviewer answered, kept with the answer in case the catalog's wording changes later.
            ReviewChecklist.ITEMS.stream().filter(i -> i.number() == item).findFirst()
                    .ifPresent(i -> n.put("question", i.question()));
        });
        return JSON.writeValueAsString(doc);
    }

    static Map<Integer, ChecklistAnswer> readChecklist(@Nullable String json) {
        Map<Integer, ChecklistAnswer> out = new LinkedHashMap<>();
        if (json == null) {
            return out;
        }
        for (var e : JSON.readTree(json).properties()) {
            out.put(Integer.parseInt(e.getKey()), new ChecklistAnswer(
                    ChecklistAnswer.Answer.valueOf(e.getValue().path("answer").stringValue()),
                    text(e.getValue(), "note")));
        }
        return out;
    }
}
