package com.porchlight.segment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.lead.EventType;
import org.junit.jupiter.api.Test;

class RuleJsonTest {

    @Test
    void a_nested_rule_reads_back_exactly_as_written() {
        RuleGroup rule = RuleGroup.all(
                FieldCondition.of(LeadAttribute.LOAN_PURPOSE, Operator.IS_ANY_OF, "REFINANCE"),
                RuleGroup.any(FieldCondition.of(LeadAttribute.STATE, Operator.IS_ANY_OF, "CA", "TX"),
                        RuleGroup.none(FieldCondition.of(LeadAttribute.ZIP, Operator.STARTS_WITH_ANY, "941"))),
                ActivityCondition.atLeast(2, EventType.RATE_QUOTE, 30), ActivityCondition.noEvents(null, 90),
                new RateTrigger(50), FieldCondition.of(LeadAttribute.DTI, Operator.BETWEEN, "20", "43"));
        assertThat(RuleJson.read(RuleJson.write(rule))).isEqualTo(rule);
    }

    @Test
    void unknown_fields_operators_and_kinds_are_kept_verbatim_and_reported() {
        String stored = """
                {"format":1,"rule":{"type":"group","combinator":"ALL","rules":[
                  {"type":"field","field":"state","operator":"IS_ANY_OF","values":["CA"]},
                  {"type":"field","field":"mood","operator":"IS_ANY_OF","values":["happy"]},
                  {"type":"field","field":"dti","operator":"ROUGHLY","values":["40"]},
                  {"type":"score","kind":"total","operator":"AT_LEAST","value":70},
                  {"type":"activity","event":"TELEPATHY","count":1,"days":3}]}}""";
        RuleGroup rule = RuleJson.read(stored);
        assertThat(rule.rules()).hasSize(5);
        assertThat(rule.rules().get(0)).isInstanceOf(FieldCondition.class);
        assertThat(((UnknownRule) rule.rules().get(1)).reason()).contains("\"mood\" no longer exists");
        assertThat(((UnknownRule) rule.rules().get(2)).reason()).contains("DTI %").contains("ROUGHLY");
        assertThat(((UnknownRule) rule.rules().get(3)).reason()).contains("score");
        assertThat(((UnknownRule) rule.rules().get(4)).reason()).contains("TELEPATHY");
        String rewritten = RuleJson.write(rule);
        assertThat(rewritten).contains("\"mood\"").contains("ROUGHLY").contains("\"kind\":\"total\"").contains(
                "TELEPATHY");
        assertThat(new RuleValidator(RuleReferences.IDS_ONLY).validate(rule)).hasSize(4);
    }

    @Test
    void text_that_is_not_json_is_refused_with_a_reason() {
        assertThatThrownBy(() -> RuleJson.read("{nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> RuleJson.read("{\"format\":1}")).hasMessageContaining("no rule group");
    }
}
