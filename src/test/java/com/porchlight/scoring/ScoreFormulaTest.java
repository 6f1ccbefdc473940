package com.porchlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.porchlight.lead.EventType;
import com.porchlight.segment.rule.FieldCondition;
import com.porchlight.segment.rule.LeadAttribute;
import com.porchlight.segment.rule.LeadFacts;
import com.porchlight.segment.rule.Operator;
import com.porchlight.segment.rule.RuleContext;
import com.porchlight.segment.rule.RuleGroup;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreFormulaTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final RuleContext CONTEXT = new RuleContext(NOW, Map.of());
    static final long QUARTER_SECONDS = (long) (ScoreFormula.QUARTER_DAYS * 86_400);

    private static ScoringModel model(List<FitRule> fit, List<IntentRule> intent, String decay, boolean decayFit,
            int threshold) {
        return new ScoringModel(fit, intent, new BigDecimal(decay), decayFit, threshold);
    }

    private static LeadFacts lead(String creditBand, List<LeadFacts.Event> events) {
        Instant last = events.stream().map(LeadFacts.Event::occurredAt).max(Instant::compareTo).orElse(null);
        return new LeadFacts(1, "NEW", 1, "CA", null, "94110", "PURCHASE", "FHA", creditBand, 750, null,
                new BigDecimal("30"), new BigDecimal("80"), null, null, null, null, null, true, false, null,
                NOW.minus(Duration.ofDays(400)), last, true, false, false, events);
    }

    private static LeadFacts.Event event(EventType type, Duration ago) {
        return new LeadFacts.Event(type, NOW.minus(ago));
    }

    private static final FitRule EXCELLENT = new FitRule("Credit excellent",
            RuleGroup.all(FieldCondition.of(LeadAttribute.CREDIT_BAND, Operator.IS_ANY_OF, "EXCELLENT")), 20);
    private static final FitRule HIGH_DTI = new FitRule("DTI above 25",
            RuleGroup.all(FieldCondition.of(LeadAttribute.DTI, Operator.AT_LEAST, "25")), -7);
    private static final IntentRule QUOTES = new IntentRule(EventType.RATE_QUOTE, 15, 30, 90);
    private static final IntentRule OPENS = new IntentRule(EventType.EMAIL_OPEN, 1, 5, 90);

    @Test
    void fit_adds_the_points_of_every_rule_met_negative_ones_included() {
        ScoreFormula.Score s = ScoreFormula.score(model(List.of(EXCELLENT, HIGH_DTI), List.of(), "25", false, 65),
                lead("EXCELLENT", List.of()), CONTEXT);
        assertThat(s.fit()).isEqualTo(13);
        assertThat(s.total()).isEqualByComparingTo("13");
        assertThat(s.lines()).extracting(ScoreFormula.Line::label).containsExactly("Credit excellent",
                "DTI above 25");
        assertThat(ScoreFormula.score(model(List.of(EXCELLENT, HIGH_DTI), List.of(), "25", false, 65),
                lead("GOOD", List.of()), CONTEXT).fit()).isEqualTo(-7);
    }

    @Test
    void intent_counts_events_in_the_window_up_to_the_cap() {
        ScoringModel m = model(List.of(), List.of(QUOTES, OPENS), "0", false, 65);
        List<LeadFacts.Event> events = new ArrayList<>(List.of(event(EventType.RATE_QUOTE, Duration.ofDays(1)),
                event(EventType.RATE_QUOTE, Duration.ofDays(89)), event(EventType.RATE_QUOTE, Duration.ofDays(91))));
        for (int i = 0; i < 7; i++) {
            events.add(event(EventType.EMAIL_OPEN, Duration.ofHours(i + 1)));
        }
        ScoreFormula.Score s = ScoreFormula.score(m, lead("GOOD", events), CONTEXT);
        // two quotes inside 90 days (the third is 91 days old): 30; seven opens capped at 5
        assertThat(s.intentRaw()).isEqualTo(35);
        assertThat(s.lines()).anySatisfy(l -> {
            assertThat(l.label()).isEqualTo("Email opened");
            assertThat(l.count()).isEqualTo(7);
            assertThat(l.points()).isEqualTo(5);
            assertThat(l.capped()).isTrue();
        });
        ScoreFormula.Score three = ScoreFormula.score(m, lead("GOOD", List.of(
                event(EventType.RATE_QUOTE, Duration.ofDays(1)), event(EventType.RATE_QUOTE, Duration.ofDays(2)),
                event(EventType.RATE_QUOTE, Duration.ofDays(3)))), CONTEXT);
        assertThat(three.intentRaw()).isEqualTo(30);
    }

    @Test
    void an_event_exactly_at_the_edge_of_the_window_counts() {
        ScoringModel m = model(List.of(), List.of(QUOTES), "0", false, 65);
        assertThat(ScoreFormula.score(m, lead("GOOD", List.of(event(EventType.RATE_QUOTE, Duration.ofDays(90)))),
                CONTEXT).intentRaw()).isEqualTo(15);
        assertThat(ScoreFormula.score(m, lead("GOOD", List.of(event(EventType.RATE_QUOTE,
                Duration.ofDays(90).plusNanos(1000)))), CONTEXT).intentRaw()).isZero();
    }

    @Test
    void intent_decays_continuously_with_inactivity_0_1_and_4_quarters() {
        ScoringModel m = model(List.of(EXCELLENT), List.of(new IntentRule(EventType.RATE_QUOTE, 40, 40, 730)), "25",
                false, 65);
        ScoreFormula.Score fresh = ScoreFormula.score(m, lead("EXCELLENT", List.of(
                event(EventType.RATE_QUOTE, Duration.ZERO))), CONTEXT);
        assertThat(fresh.decay()).isEqualTo(1.0);
        assertThat(fresh.total()).isEqualByComparingTo("60");

        ScoreFormula.Score quarter = ScoreFormula.score(m, lead("EXCELLENT", List.of(
                event(EventType.RATE_QUOTE, Duration.ofSeconds(QUARTER_SECONDS)))), CONTEXT);
        assertThat(quarter.decay()).isCloseTo(0.75, within(1e-9));
        assertThat(quarter.total()).isEqualByComparingTo("50"); // fit 20 undecayed + 40 · 0.75

        ScoreFormula.Score year = ScoreFormula.score(m, lead("EXCELLENT", List.of(
                event(EventType.RATE_QUOTE, Duration.ofSeconds(4 * QUARTER_SECONDS)))), CONTEXT);
        assertThat(year.decay()).isCloseTo(Math.pow(0.75, 4), within(1e-9));
        assertThat(year.total()).isEqualByComparingTo("32.66"); // 20 + 40 · 0.31640625 = 32.65625

        ScoreFormula.Score halfQuarter = ScoreFormula.score(m, lead("EXCELLENT", List.of(
                event(EventType.RATE_QUOTE, Duration.ofSeconds(QUARTER_SECONDS / 2)))), CONTEXT);
        assertThat(halfQuarter.decay()).isCloseTo(Math.sqrt(0.75), within(1e-6)); // smooth, not a step
    }

    @Test
    void fit_decays_only_when_the_model_says_so() {
        ScoringModel m = model(List.of(EXCELLENT), List.of(new IntentRule(EventType.RATE_QUOTE, 40, 40, 365)), "25",
                true, 65);
        ScoreFormula.Score quarter = ScoreFormula.score(m, lead("EXCELLENT", List.of(
                event(EventType.RATE_QUOTE, Duration.ofSeconds(QUARTER_SECONDS)))), CONTEXT);
        assertThat(quarter.total()).isEqualByComparingTo("45"); // (20 + 40) · 0.75
    }

    @Test
    void zero_decay_keeps_intent_whole() {
        ScoringModel m = model(List.of(), List.of(new IntentRule(EventType.RATE_QUOTE, 40, 40, 365)), "0", false, 65);
        assertThat(ScoreFormula.score(m, lead("GOOD", List.of(event(EventType.RATE_QUOTE, Duration.ofDays(300)))),
                CONTEXT).total()).isEqualByComparingTo("40");
    }

    @Test
    void a_total_equal_to_the_threshold_is_an_mql_and_just_below_is_not() {
        ScoringModel at = model(List.of(EXCELLENT), List.of(), "25", false, 20);
        assertThat(ScoreFormula.score(at, lead("EXCELLENT", List.of()), CONTEXT).mql()).isTrue();
        ScoringModel above = model(List.of(EXCELLENT), List.of(), "25", false, 21);
        assertThat(ScoreFormula.score(above, lead("EXCELLENT", List.of()), CONTEXT).mql()).isFalse();
        // 19.99 after decay is below 20
        ScoringModel decayed = model(List.of(), List.of(new IntentRule(EventType.RATE_QUOTE, 20, 20, 365)), "25",
                false, 20);
        assertThat(ScoreFormula.score(decayed, lead("GOOD", List.of(event(EventType.RATE_QUOTE,
                Duration.ofDays(1)))), CONTEXT).mql()).isFalse();
    }

    @Test
    void the_explanation_reads_rule_by_rule() {
        ScoringModel m = model(List.of(EXCELLENT), List.of(QUOTES), "25", false, 65);
        ScoreFormula.Score s = ScoreFormula.score(m, lead("EXCELLENT", List.of(
                event(EventType.RATE_QUOTE, Duration.ofDays(120)), event(EventType.RATE_QUOTE, Duration.ofDays(80)),
                event(EventType.RATE_QUOTE, Duration.ofDays(80)))), CONTEXT);
        assertThat(LeadScoringHooks.explanation(s)).containsExactly("Credit excellent +20",
                "2 × rate quote +30", "80 days inactive: intent −22 %",
                "Fit 20 + intent 23.32 = 43.32 — below the MQL threshold (65)");
    }
}
