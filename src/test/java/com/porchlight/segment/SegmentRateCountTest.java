package com.porchlight.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.KaribuTest;
import com.porchlight.segment.rule.CompiledRule;
import com.porchlight.segment.rule.FieldCondition;
import com.porchlight.segment.rule.LeadAttribute;
import com.porchlight.segment.rule.Operator;
import com.porchlight.segment.rule.RateTrigger;
import com.porchlight.segment.rule.RuleGroup;
import com.porchlight.segment.rule.SqlCompiler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A count reads today's market rates only when its rule has a rate trigger (SegmentService skips the read otherwise);
 * a trigger anywhere in the rule, however deeply nested, must still be counted against today's rates.
 */
class SegmentRateCountTest extends KaribuTest {

    @Autowired
    SegmentService segments;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        authenticateAs(MARKETER);
    }

    @AfterEach
    void signOut() {
        logout();
    }

    @Test
    void a_rate_trigger_nested_in_groups_is_counted_against_todays_rates() {
        RuleGroup rule = RuleGroup.all(FieldCondition.of(LeadAttribute.EMAILABLE, Operator.IS, "true"),
                RuleGroup.any(RuleGroup.none(FieldCondition.of(LeadAttribute.STAGE, Operator.IS_ANY_OF, "FUNDED")),
                        FieldCondition.of(LeadAttribute.VETERAN, Operator.IS, "true")),
                RuleGroup.any(RuleGroup.all(new RateTrigger(0))));
        CompiledRule withRates = SqlCompiler.compile(rule, segments.context());
        long expected = jdbc.queryForObject("SELECT COUNT(*) FROM leads l WHERE " + withRates.where(), Long.class,
                withRates.paramArray());

        assertThat(segments.context().todaysRates()).isNotEmpty();
        assertThat(expected).isPositive();
        assertThat(segments.count(rule).total()).isEqualTo(expected);
    }

    @Test
    void a_rule_without_a_rate_trigger_counts_the_same_with_or_without_todays_rates() {
        RuleGroup rule = RuleGroup.all(FieldCondition.of(LeadAttribute.STAGE, Operator.IS_ANY_OF, "NEW", "CONTACTED"),
                FieldCondition.of(LeadAttribute.CALLABLE, Operator.IS, "true"));
        CompiledRule withRates = SqlCompiler.compile(rule, segments.context());
        long expected = jdbc.queryForObject("SELECT COUNT(*) FROM leads l WHERE " + withRates.where(), Long.class,
                withRates.paramArray());

        assertThat(expected).isPositive();
        assertThat(segments.count(rule).total()).isEqualTo(expected);
    }
}
