package com.porchlight.segment.rule;

import java.util.List;

/**
 * A condition on one lead field: {@code field operator values}. Values are kept as text in the field's canonical form
 * (enum names, plain decimals, ISO dates, {@code true}/{@code false}, ids), so a saved rule reads the same in every
 * version of the code; {@link RuleValidator} says what is wrong with them.
 */
public record FieldCondition(LeadAttribute field, Operator operator, List<String> values) implements Rule {

    public FieldCondition {
        values = List.copyOf(values);
    }

    public static FieldCondition of(LeadAttribute field, Operator operator, String... values) {
        return new FieldCondition(field, operator, List.of(values));
    }
}
