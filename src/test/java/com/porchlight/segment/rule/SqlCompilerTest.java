package com.porchlight.segment.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.lead.EventType;
import com.porchlight.rate.RateProduct;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlCompilerTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final RuleContext CONTEXT = new RuleContext(NOW, Map.of(RateProduct.CONV_30_FIXED, new BigDecimal("6.250"),
            RateProduct.FHA_30_FIXED, new BigDecimal("5.875")));

    static CompiledRule compile(Rule... rules) {
        return SqlCompiler.compile(RuleGroup.all(rules), CONTEXT);
    }

    @Test
    void every_value_is_bound_as_a_parameter_never_written_into_the_sql() {
        String hostile = "Kings' OR 1=1 -- ";
        CompiledRule sql = compile(FieldCondition.of(LeadAttribute.COUNTY, Operator.IS_ANY_OF, hostile, "Queens"),
                FieldCondition.of(LeadAttribute.ZIP, Operator.STARTS_WITH_ANY, "941"));
        assertThat(sql.where()).doesNotContain("Kings").doesNotContain("Queens").doesNotContain("941");
        assertThat(sql.params()).containsExactly(hostile.strip(), "Queens", "941%");
        assertThat(sql.where()).isEqualTo("((l.county IS NOT NULL AND l.county IN (?, ?)) AND "
                + "(l.zip IS NOT NULL AND (l.zip LIKE ?)))");
    }

    @Test
    void choices_compile_to_in_lists_and_none_of_includes_empty_fields() {
        assertThat(compile(FieldCondition.of(LeadAttribute.STATE, Operator.IS_ANY_OF, "CA", "TX")).where())
                .isEqualTo("((l.state IN (?, ?)))");
        CompiledRule none = compile(FieldCondition.of(LeadAttribute.LOAN_PROGRAM, Operator.IS_NONE_OF, "FHA"));
        assertThat(none.where()).isEqualTo("((l.loan_program IS NULL OR l.loan_program NOT IN (?)))");
        assertThat(compile(FieldCondition.of(LeadAttribute.STAGE, Operator.IS_NONE_OF, "LOST")).where())
                .isEqualTo("(l.stage NOT IN (?))");
    }

    @Test
    void credit_band_or_better_means_the_band_and_every_better_one() {
        CompiledRule sql = compile(FieldCondition.of(LeadAttribute.CREDIT_BAND, Operator.AT_LEAST, "GOOD"));
        assertThat(sql.params()).containsExactly("EXCELLENT", "GOOD");
        CompiledRule worse = compile(FieldCondition.of(LeadAttribute.CREDIT_BAND, Operator.AT_MOST, "FAIR"));
        assertThat(worse.params()).containsExactly("FAIR", "POOR");
    }

    @Test
    void numbers_are_guarded_against_empty_values_so_negation_stays_exact() {
        CompiledRule sql = compile(FieldCondition.of(LeadAttribute.DTI, Operator.BETWEEN, "20", "43.5"));
        assertThat(sql.where()).isEqualTo("((l.dti IS NOT NULL AND l.dti BETWEEN ? AND ?))");
        assertThat(sql.params()).containsExactly(new BigDecimal("20"), new BigDecimal("43.5"));
        assertThat(compile(FieldCondition.of(LeadAttribute.LOAN_AMOUNT, Operator.AT_LEAST, "400000")).where())
                .isEqualTo("((l.loan_amount IS NOT NULL AND l.loan_amount >= ?))");
        assertThat(compile(FieldCondition.of(LeadAttribute.LTV, Operator.AT_MOST, "80")).where())
                .isEqualTo("((l.ltv IS NOT NULL AND l.ltv <= ?))");
        assertThat(compile(FieldCondition.of(LeadAttribute.CREDIT_SCORE, Operator.IS_EMPTY)).where())
                .isEqualTo("(l.credit_score IS NULL)");
        assertThat(compile(FieldCondition.of(LeadAttribute.ASSIGNED_LO, Operator.IS_NOT_EMPTY)).where())
                .isEqualTo("(l.assigned_lo_id IS NOT NULL)");
    }

    @Test
    void booleans_and_references_bind_typed_values() {
        CompiledRule sql = compile(FieldCondition.of(LeadAttribute.EMAILABLE, Operator.IS, "true"),
                FieldCondition.of(LeadAttribute.SOURCE, Operator.IS_ANY_OF, "12"));
        assertThat(sql.where()).isEqualTo("((l.emailable = ?) AND (l.source_id IN (?)))");
        assertThat(sql.params()).containsExactly(true, 12L);
    }

    @Test
    void dates_are_whole_utc_days_and_day_windows_count_back_from_now() {
        CompiledRule between = compile(FieldCondition.of(LeadAttribute.RECEIVED_DATE, Operator.BETWEEN, "2026-11-01",
                "2026-11-15"));
        assertThat(between.where()).isEqualTo("((l.received_at >= ? AND l.received_at < ?))");
        assertThat(between.params()).containsExactly(LocalDate.parse("2026-11-01").atStartOfDay(),
                LocalDate.parse("2026-11-16").atStartOfDay());
        CompiledRule last = compile(FieldCondition.of(LeadAttribute.RECEIVED_DATE, Operator.IN_LAST_DAYS, "7"));
        assertThat(last.params()).containsExactly(LocalDateTime.parse("2026-11-19T12:00:00"));
        CompiledRule inactive = compile(FieldCondition.of(LeadAttribute.DAYS_SINCE_ACTIVITY, Operator.AT_LEAST,
                "90"));
        assertThat(inactive.where()).isEqualTo("((l.last_activity_at IS NOT NULL AND l.last_activity_at <= ?))");
        assertThat(inactive.params()).containsExactly(LocalDateTime.parse("2026-08-28T12:00:00"));
        CompiledRule recent = compile(FieldCondition.of(LeadAttribute.DAYS_SINCE_RECEIVED, Operator.AT_MOST, "0"));
        assertThat(recent.where()).isEqualTo("((l.received_at > ?))");
        assertThat(recent.params()).containsExactly(LocalDateTime.parse("2026-11-25T12:00:00"));
    }

    @Test
    void behaviour_reads_the_events_index_as_one_uncorrelated_subquery() {
        CompiledRule quotes = compile(ActivityCondition.atLeast(2, EventType.RATE_QUOTE, 30));
        assertThat(quotes.where()).isEqualTo("((l.last_activity_at IS NOT NULL AND l.last_activity_at >= ? AND "
                + "l.id IN (SELECT e.lead_id FROM lead_event e WHERE e.type = ? AND "
                + "e.occurred_at >= ? GROUP BY e.lead_id HAVING COUNT(*) >= ?)))");
        assertThat(quotes.params()).containsExactly(LocalDateTime.parse("2026-10-27T12:00:00"), "RATE_QUOTE",
                LocalDateTime.parse("2026-10-27T12:00:00"), 2);
        assertThat(compile(ActivityCondition.atLeast(1, EventType.CALL, 7)).where())
                .isEqualTo("((l.last_activity_at IS NOT NULL AND l.last_activity_at >= ? AND "
                        + "l.id IN (SELECT e.lead_id FROM lead_event e WHERE e.type = ? AND e.occurred_at >= ?)))");
        assertThat(compile(ActivityCondition.noEvents(EventType.EMAIL_OPEN, 90)).where())
                .isEqualTo("(l.id NOT IN (SELECT e.lead_id FROM lead_event e WHERE e.type = ? AND "
                        + "e.occurred_at >= ?))");
        assertThat(compile(ActivityCondition.noEvents(null, 90)).where())
                .isEqualTo("((l.last_activity_at IS NULL OR l.last_activity_at < ?))");
        assertThat(compile(ActivityCondition.atLeast(1, null, 14)).where())
                .isEqualTo("((l.last_activity_at IS NOT NULL AND l.last_activity_at >= ?))");
        CompiledRule anyThree = compile(ActivityCondition.atLeast(3, null, 14));
        assertThat(anyThree.params()).hasSize(EventType.values().length + 3);
    }

    @Test
    void rate_trigger_compares_each_product_with_todays_rate_plus_the_margin() {
        CompiledRule sql = compile(new RateTrigger(50));
        assertThat(sql.where()).isEqualTo("((l.current_rate IS NOT NULL AND l.current_program IS NOT NULL AND ("
                + "(l.current_program = ? AND COALESCE(l.current_term_months, 360) > ? AND l.current_rate >= ?) OR "
                + "(l.current_program = ? AND l.current_rate >= ?))))");
        assertThat(sql.params()).containsExactly("CONVENTIONAL", 180, new BigDecimal("6.750"), "FHA",
                new BigDecimal("6.375"));
    }

    @Test
    void rate_trigger_without_any_published_rate_matches_nobody() {
        CompiledRule sql = SqlCompiler.compile(RuleGroup.all(new RateTrigger(50)), new RuleContext(NOW, Map.of()));
        assertThat(sql.where()).isEqualTo("(1 = 0)");
    }

    @Test
    void groups_nest_and_none_of_negates_the_union_of_its_rules() {
        Rule state = FieldCondition.of(LeadAttribute.STATE, Operator.IS_ANY_OF, "CA");
        Rule vet = FieldCondition.of(LeadAttribute.VETERAN, Operator.IS, "true");
        Rule fha = FieldCondition.of(LeadAttribute.LOAN_PROGRAM, Operator.IS_ANY_OF, "FHA");
        CompiledRule sql = compile(state, RuleGroup.any(vet, RuleGroup.none(fha, RuleGroup.all(vet, state))));
        assertThat(sql.where()).isEqualTo("((l.state IN (?)) AND ((l.veteran = ?) OR NOT ("
                + "(l.loan_program IS NOT NULL AND l.loan_program IN (?)) OR ((l.veteran = ?) AND (l.state IN (?))))))");
        assertThat(sql.params()).containsExactly("CA", true, "FHA", true, "CA");
    }

    @Test
    void an_empty_root_matches_every_lead() {
        assertThat(SqlCompiler.compile(RuleGroup.empty(), CONTEXT).where()).isEqualTo("1 = 1");
        assertThat(SqlCompiler.compile(new RuleGroup(Combinator.ANY, List.of()), CONTEXT).where()).isEqualTo("1 = 0");
    }

    @Test
    void a_rule_with_an_unknown_part_is_never_compiled() {
        assertThatThrownBy(() -> compile(new UnknownRule("{}", "the field \"mood\" no longer exists")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mood");
    }
}
