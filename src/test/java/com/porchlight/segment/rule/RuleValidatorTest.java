package com.porchlight.segment.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.lead.EventType;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RuleValidatorTest {

    private final RuleValidator validator = new RuleValidator(new RuleReferences() {
        @Override
        public @Nullable String sourceName(long id) {
            return id == 1 ? "Zillow" : null;
        }

        @Override
        public @Nullable String loanOfficerName(long id) {
            return null;
        }
    });

    private List<RuleProblem> problems(Rule... rules) {
        return validator.validate(RuleGroup.all(rules));
    }

    @Test
    void a_valid_rule_has_no_problems() {
        assertThat(problems(FieldCondition.of(LeadAttribute.STATE, Operator.IS_ANY_OF, "CA"),
                FieldCondition.of(LeadAttribute.SOURCE, Operator.IS_ANY_OF, "1"),
                ActivityCondition.atLeast(2, EventType.RATE_QUOTE, 30), new RateTrigger(50))).isEmpty();
    }

    @Test
    void an_empty_rule_and_an_empty_nested_group_are_located() {
        assertThat(validator.validate(RuleGroup.empty())).extracting(RuleProblem::message)
                .containsExactly("Add at least one condition.");
        List<RuleProblem> p = problems(FieldCondition.of(LeadAttribute.STATE, Operator.IS_ANY_OF, "CA"),
                RuleGroup.any(FieldCondition.of(LeadAttribute.VETERAN, Operator.IS, "true"), RuleGroup.none()));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.path()).containsExactly(1, 1);
            assertThat(x.message()).contains("This group is empty");
        });
    }

    @Test
    void a_negative_or_empty_window_is_refused() {
        assertThat(problems(ActivityCondition.atLeast(1, EventType.CALL, -5))).singleElement()
                .extracting(RuleProblem::message).asString().contains("cannot be negative");
        assertThat(problems(ActivityCondition.noEvents(null, 0))).singleElement()
                .extracting(RuleProblem::message).asString().contains("at least 1 day");
        assertThat(problems(FieldCondition.of(LeadAttribute.DAYS_SINCE_ACTIVITY, Operator.AT_MOST, "-1")))
                .singleElement().extracting(RuleProblem::message).asString().contains("cannot be negative");
        assertThat(problems(ActivityCondition.atLeast(0, EventType.CALL, 5))).singleElement()
                .extracting(RuleProblem::message).asString().contains("between 1 and");
    }

    @Test
    void a_range_whose_minimum_is_above_its_maximum_is_refused() {
        assertThat(problems(FieldCondition.of(LeadAttribute.CREDIT_SCORE, Operator.BETWEEN, "720", "680")))
                .singleElement().extracting(RuleProblem::message).asString()
                .isEqualTo("Credit score: the minimum (720) is above the maximum (680).");
        assertThat(problems(FieldCondition.of(LeadAttribute.RECEIVED_DATE, Operator.BETWEEN, "2026-02-01",
                "2026-01-01"))).hasSize(1);
        assertThat(problems(FieldCondition.of(LeadAttribute.DAYS_SINCE_RECEIVED, Operator.BETWEEN, "30", "7")))
                .hasSize(1);
    }

    @Test
    void values_are_checked_for_their_field() {
        assertThat(messages(FieldCondition.of(LeadAttribute.STATE, Operator.IS_ANY_OF, "CA", "XX")))
                .containsExactly("\"XX\" is not a state value.");
        assertThat(messages(FieldCondition.of(LeadAttribute.ZIP, Operator.STARTS_WITH_ANY, "9410A")))
                .containsExactly("A ZIP prefix is 1 to 5 digits (got \"9410A\").");
        assertThat(messages(FieldCondition.of(LeadAttribute.CREDIT_SCORE, Operator.AT_LEAST, "900")))
                .containsExactly("A credit score is between 300 and 850 (got 900).");
        assertThat(messages(FieldCondition.of(LeadAttribute.LOAN_AMOUNT, Operator.AT_LEAST, "lots")))
                .containsExactly("Loan amount: \"lots\" is not a number.");
        assertThat(messages(FieldCondition.of(LeadAttribute.DTI, Operator.AT_MOST, "-3")))
                .containsExactly("DTI % cannot be negative (got -3).");
        assertThat(messages(FieldCondition.of(LeadAttribute.STATE, Operator.IS_ANY_OF)))
                .containsExactly("State: choose at least one value.");
        assertThat(messages(FieldCondition.of(LeadAttribute.LTV, Operator.BETWEEN, "80")))
                .containsExactly("LTV %: enter both ends of the range.");
        assertThat(messages(FieldCondition.of(LeadAttribute.RECEIVED_DATE, Operator.ON_OR_AFTER, "26/11/2026")))
                .containsExactly("Received date: \"26/11/2026\" is not a date (YYYY-MM-DD).");
    }

    @Test
    void an_operator_that_does_not_fit_the_field_is_refused() {
        assertThat(messages(FieldCondition.of(LeadAttribute.STATE, Operator.BETWEEN, "CA", "TX")))
                .containsExactly("\"between\" does not apply to State.");
        assertThat(messages(FieldCondition.of(LeadAttribute.STAGE, Operator.IS_EMPTY)))
                .containsExactly("\"is empty\" does not apply to Stage.");
    }

    @Test
    void a_source_that_no_longer_exists_is_reported() {
        assertThat(messages(FieldCondition.of(LeadAttribute.SOURCE, Operator.IS_ANY_OF, "1", "99")))
                .containsExactly("Lead source #99 no longer exists.");
        assertThat(messages(FieldCondition.of(LeadAttribute.ASSIGNED_LO, Operator.IS_ANY_OF, "7")))
                .containsExactly("Loan officer #7 no longer exists.");
    }

    @Test
    void groups_deeper_than_the_builder_shows_are_refused() {
        Rule leaf = FieldCondition.of(LeadAttribute.VETERAN, Operator.IS, "true");
        Rule deep = RuleGroup.all(RuleGroup.any(RuleGroup.none(RuleGroup.all(leaf))));
        assertThat(messages(deep)).singleElement().asString().contains("nested 4 levels deep");
        assertThat(problems(RuleGroup.any(RuleGroup.none(RuleGroup.all(leaf))))).isEmpty();
    }

    @Test
    void the_rate_trigger_margin_must_be_sensible() {
        assertThat(messages(new RateTrigger(-25))).singleElement().asString().contains("between 0 and 500 bps");
    }

    private List<String> messages(Rule rule) {
        return problems(rule).stream().map(RuleProblem::message).toList();
    }
}
