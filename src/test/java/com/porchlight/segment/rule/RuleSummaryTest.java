package com.porchlight.segment.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.lead.EventType;
import org.junit.jupiter.api.Test;

class RuleSummaryTest {

    private final RuleSummary summary = new RuleSummary(RuleReferences.IDS_ONLY);

    @Test
    void a_typical_refinance_segment_reads_like_a_sentence() {
        RuleGroup rule = RuleGroup.all(
                FieldCondition.of(LeadAttribute.LOAN_PURPOSE, Operator.IS_ANY_OF, "REFINANCE"),
                FieldCondition.of(LeadAttribute.STATE, Operator.IS_ANY_OF, "CA", "TX"),
                new RateTrigger(50),
                FieldCondition.of(LeadAttribute.CREDIT_BAND, Operator.AT_LEAST, "GOOD"),
                ActivityCondition.atLeast(1, null, 30),
                FieldCondition.of(LeadAttribute.EMAILABLE, Operator.IS, "true"));
        assertThat(summary.describe(rule)).isEqualTo("Refinance leads in CA or TX, whose note rate is at least 0.50 "
                + "pts above today's rate for their loan, credit Good or better, active in the last 30 days, "
                + "emailable");
    }

    @Test
    void nested_groups_read_as_either_or_and_neither_nor() {
        RuleGroup rule = RuleGroup.all(
                RuleGroup.any(FieldCondition.of(LeadAttribute.VETERAN, Operator.IS, "true"),
                        FieldCondition.of(LeadAttribute.FIRST_TIME_BUYER, Operator.IS, "true")),
                RuleGroup.none(FieldCondition.of(LeadAttribute.STAGE, Operator.IS_ANY_OF, "LOST", "FUNDED"),
                        ActivityCondition.atLeast(3, EventType.EMAIL_OPEN, 90)));
        assertThat(summary.describe(rule)).isEqualTo("Leads either veterans or first-time buyers, neither at stage "
                + "Lost or Funded nor with at least 3 email opens in the last 90 days");
    }

    @Test
    void numbers_money_and_windows_read_naturally() {
        RuleGroup rule = RuleGroup.all(
                FieldCondition.of(LeadAttribute.LOAN_AMOUNT, Operator.AT_LEAST, "400000"),
                FieldCondition.of(LeadAttribute.DTI, Operator.BETWEEN, "20", "43.00"),
                ActivityCondition.noEvents(null, 90),
                FieldCondition.of(LeadAttribute.ZIP, Operator.STARTS_WITH_ANY, "941", "945"),
                FieldCondition.of(LeadAttribute.ASSIGNED_LO, Operator.IS_EMPTY));
        assertThat(summary.describe(rule)).isEqualTo("Leads loan amount at least $400,000, DTI between 20 % and "
                + "43 %, with no activity in the last 90 days, with a ZIP code starting "
                + "941 or 945, not assigned to a loan officer");
    }

    @Test
    void an_empty_rule_is_all_leads() {
        assertThat(summary.describe(RuleGroup.empty())).isEqualTo("All leads");
    }
}
