package com.porchlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.KaribuTest;
import com.porchlight.lead.LeadScoreSummary;
import com.porchlight.lead.LeadScoring;
import com.porchlight.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class ScoringServiceTest extends KaribuTest {

    @Autowired
    ScoringService scoring;
    @Autowired
    LeadScoring hooks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        logout();
    }

    /** A draft with one weight changed, saved by a marketer. */
    private ScoringDraft marketerChangesTheThreshold(int threshold) {
        authenticateAs(MARKETER);
        ScoringDraft draft = scoring.draft();
        ScoringDraft saved = scoring.saveDraft(draft.model().withThreshold(threshold), draft.version());
        logout();
        return saved;
    }

    @Test
    void a_marketer_saves_the_draft_but_cannot_publish_it() {
        ScoringDraft saved = marketerChangesTheThreshold(70);
        assertThat(saved.model().mqlThreshold()).isEqualTo(70);
        assertThat(saved.editors()).contains(MARKETER);
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> scoring.publish(saved.version(), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_cmo_who_edited_the_draft_cannot_publish_it_but_another_cmo_can() {
        String otherCmo = createUser("cmo2", "Second CMO", "second-cmo-password", Roles.CMO);
        marketerChangesTheThreshold(72);
        authenticateAs(CMO);
        ScoringDraft draft = scoring.draft();
        ScoringDraft edited = scoring.saveDraft(draft.model().withThreshold(71), draft.version());
        assertThatThrownBy(() -> scoring.publish(edited.version(), "tuning")).isInstanceOf(ScoringException.class)
                .hasMessageContaining("someone else must publish it");
        logout();

        authenticateAs(otherCmo);
        int before = scoring.live().orElseThrow().versionNo();
        PublishedModel published = scoring.publish(edited.version(), "Threshold 71 after the Q3 review");
        assertThat(published.versionNo()).isEqualTo(before + 1);
        assertThat(published.model().mqlThreshold()).isEqualTo(71);
        assertThat(published.publishedBy()).isEqualTo(otherCmo);
        assertThat(published.draftedBy()).contains(MARKETER).contains(CMO);
        assertThat(scoring.history().getFirst().versionNo()).isEqualTo(published.versionNo());
        assertThat(scoring.diff(scoring.published(before).orElseThrow().model(), published.model()))
                .contains("MQL threshold: " + scoring.published(before).orElseThrow().model().mqlThreshold()
                        + " → 71");
        // The draft starts again from what was published, with no editors.
        assertThat(scoring.draft().editors()).isEmpty();
        assertThat(scoring.draft().basedOnVersion()).isEqualTo(published.versionNo());
    }

    @Test
    void a_draft_saved_by_someone_else_meanwhile_is_not_overwritten() {
        authenticateAs(MARKETER);
        ScoringDraft loaded = scoring.draft();
        scoring.saveDraft(loaded.model().withThreshold(80), loaded.version());
        assertThatThrownBy(() -> scoring.saveDraft(loaded.model().withThreshold(60), loaded.version()))
                .isInstanceOf(ScoringException.class).hasMessageContaining("changed by " + MARKETER);
        assertThat(scoring.draft().model().mqlThreshold()).isEqualTo(80);
    }

    @Test
    void an_invalid_draft_is_refused_with_every_problem() {
        authenticateAs(MARKETER);
        ScoringDraft loaded = scoring.draft();
        ScoringModel bad = loaded.model().withThreshold(0).withDecay(new java.math.BigDecimal("75"), false);
        assertThatThrownBy(() -> scoring.saveDraft(bad, loaded.version()))
                .isInstanceOfSatisfying(ScoringException.class, e -> assertThat(e.problems())
                        .extracting(ModelProblem::message).contains(
                                "Decay must be between 0 and 60 % per quarter (got 75).",
                                "The MQL threshold must be between 1 and 100 (got 0)."));
    }

    @Test
    void rolling_back_publishes_the_earlier_model_again_as_a_new_version() {
        String otherCmo = createUser("cmo3", "Third CMO", "third-cmo-password", Roles.CMO);
        authenticateAs(CMO);
        int before = scoring.live().orElseThrow().versionNo();
        ScoringModel earlier = scoring.live().orElseThrow().model();
        logout();
        ScoringDraft draft = marketerChangesTheThreshold(90);
        authenticateAs(otherCmo);
        scoring.publish(draft.version(), null);
        PublishedModel back = scoring.rollback(before, "90 was too strict");
        assertThat(back.versionNo()).isEqualTo(before + 2);
        assertThat(back.rollbackOf()).isEqualTo(before);
        assertThat(back.model()).isEqualTo(earlier);
        logout();
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> scoring.rollback(before, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void what_if_compares_the_draft_with_the_live_scores_of_every_lead_and_writes_nothing() {
        authenticateAs(MARKETER);
        ScoringModel live = scoring.live().orElseThrow().model();
        long scoresBefore = jdbc.queryForObject("SELECT COUNT(*) FROM lead_score WHERE mql", Long.class);
        WhatIf same = scoring.whatIf(live);
        WhatIf stricter = scoring.whatIf(live.withThreshold(live.mqlThreshold() + 15));
        long leads = jdbc.queryForObject("SELECT COUNT(*) FROM leads", Long.class);
        assertThat(stricter.leads()).isEqualTo(leads);
        assertThat(stricter.mqlNow()).isEqualTo(scoresBefore);
        assertThat(stricter.mqlDraft()).isLessThan(stricter.mqlNow());
        assertThat(stricter.mqlNow() - stricter.leaving() + stricter.entering()).isEqualTo(stricter.mqlDraft());
        assertThat(stricter.entering()).isZero();
        assertThat(stricter.sample()).isNotEmpty().allSatisfy(l -> assertThat(l.entering()).isFalse());
        assertThat(stricter.liveHistogram().stream().mapToLong(Long::longValue).sum()).isEqualTo(leads);
        assertThat(stricter.draftHistogram().stream().mapToLong(Long::longValue).sum()).isEqualTo(leads);
        // The live model against the stored live scores: only decay since the last rescoring can move anyone.
        assertThat(same.entering() + same.leaving()).isLessThan(leads / 100);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_score WHERE mql", Long.class))
                .isEqualTo(scoresBefore);
    }

    @Test
    void the_backtest_shows_capture_precision_and_a_curve_for_both_models() {
        authenticateAs(CMO);
        ScoringModel live = scoring.live().orElseThrow().model();
        Backtest b = scoring.backtest(live.withThreshold(40), java.time.LocalDate.of(2000, 1, 1),
                java.time.LocalDate.now(ZoneOffset.UTC));
        assertThat(b.funded()).isPositive();
        assertThat(b.lost()).isPositive();
        assertThat(b.draft().mqlFunded()).isGreaterThanOrEqualTo(b.live().mqlFunded());
        assertThat(b.live().capture()).isBetween(0.0, 1.0);
        assertThat(b.live().roc().getLast().truePositiveRate()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(
                1e-9));
        assertThat(b.live().auc()).isBetween(0.0, 1.0);
        assertThatThrownBy(() -> scoring.backtest(live, java.time.LocalDate.of(2026, 2, 1),
                java.time.LocalDate.of(2026, 1, 1))).hasMessageContaining("before it starts");
    }

    @Test
    void a_lead_crossing_the_threshold_becomes_mql_and_goes_to_a_licensed_loan_officer() {
        long id = newUnassignedLead("CA");
        Instant now = Instant.now();
        for (String[] e : new String[][] {{"APPLICATION_START", "2"}, {"PREQUAL_FORM", "3"}, {"RATE_QUOTE", "1"},
            {"RATE_QUOTE", "4"}}) {
            jdbc.update("INSERT INTO lead_event (lead_id, type, occurred_at) VALUES (?, ?, ?)", id, e[0],
                    LocalDateTime.ofInstant(now.minus(Duration.ofHours(Long.parseLong(e[1]))), ZoneOffset.UTC));
        }
        jdbc.update("UPDATE leads SET last_activity_at = ? WHERE id = ?",
                LocalDateTime.ofInstant(now.minus(Duration.ofHours(1)), ZoneOffset.UTC), id);
        tx.executeWithoutResult(s -> hooks.scoreNow(List.of(id)));

        assertThat(jdbc.queryForObject("SELECT stage FROM leads WHERE id = ?", String.class, id)).isEqualTo("MQL");
        Long officer = jdbc.queryForObject("SELECT assigned_lo_id FROM leads WHERE id = ?", Long.class, id);
        assertThat(officer).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan_officer_license WHERE user_id = ? AND state = 'CA'",
                Integer.class, officer)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT reason FROM lead_stage_change WHERE lead_id = ? AND to_stage = 'MQL'",
                String.class, id)).startsWith("Score ").contains("reached the MQL threshold");

        authenticateAs(LOAN_OFFICER);
        LeadScoreSummary explained = hooks.explain(id).orElseThrow();
        assertThat(explained.mql()).isTrue();
        assertThat(explained.explanation()).contains("1 × application started +25", "2 × rate quote +30");
    }

    @Test
    void a_lead_falling_below_the_threshold_keeps_its_stage() {
        long id = newUnassignedLead("TX");
        jdbc.update("UPDATE leads SET stage = 'MQL' WHERE id = ?", id);
        tx.executeWithoutResult(s -> hooks.scoreNow(List.of(id)));
        assertThat(jdbc.queryForObject("SELECT stage FROM leads WHERE id = ?", String.class, id)).isEqualTo("MQL");
        assertThat(jdbc.queryForObject("SELECT mql FROM lead_score WHERE lead_id = ?", Boolean.class, id)).isFalse();
    }

    @Test
    void people_outside_marketing_cannot_edit_scoring() {
        authenticateAs(LOAN_OFFICER);
        assertThatThrownBy(() -> scoring.draft()).isInstanceOf(AccessDeniedException.class);
        logout();
        authenticateAs(ADMIN);
        ScoringDraft draft = scoring.draft();
        assertThatThrownBy(() -> scoring.saveDraft(draft.model(), draft.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scoring.publish(draft.version(), null)).isInstanceOf(AccessDeniedException.class);
    }

    private long newUnassignedLead(String state) {
        long source = jdbc.queryForObject("SELECT MIN(id) FROM lead_source", Long.class);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.update("INSERT INTO leads (source_id, first_name, last_name, email, state, loan_purpose, stage, "
                + "stage_changed_at, received_at, created_by) VALUES (?, 'Sam', 'Scoring', ?, ?, 'PURCHASE', 'NEW', ?, "
                + "?, 'test')", source, "sam." + System.nanoTime() + "@example.com", state, now, now);
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }
}
