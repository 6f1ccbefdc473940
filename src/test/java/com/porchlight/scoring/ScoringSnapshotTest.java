package com.porchlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.KaribuTest;
import com.porchlight.lead.EventType;
import com.porchlight.lead.LeadScoring;
import com.porchlight.segment.AllLeadFacts;
import com.porchlight.segment.rule.LeadFacts;
import com.porchlight.segment.rule.RuleContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The what-if's in-memory snapshot and the full rescoring's table swap: the snapshot scores every demo lead as the
 * Java formula does and its what-if equals the SQL what-if; a rescoring loses no event recorded while it runs and keeps
 * each lead's MQL time stamp unless its MQL flag flips.
 */
class ScoringSnapshotTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScoreWriter writer;
    @Autowired
    ScoringModels models;
    @Autowired
    ScoringAnalysis analysis;
    @Autowired
    LeadSnapshots snapshots;
    @Autowired
    LeadScoring hooks;
    @Autowired
    TransactionTemplate tx;

    @Test
    void the_snapshot_scores_every_demo_lead_as_the_java_formula_does() {
        LeadSnapshot snapshot = snapshots.get();
        List<LeadFacts> leads = AllLeadFacts.load(jdbc);
        assertThat(snapshot.size).isEqualTo(leads.size());
        RuleContext context = writer.context(snapshot.asOf);
        for (ScoringModel model : List.of(DefaultScoringModel.create(), ScoringSqlAgreementTest.different())) {
            long[] totals = SnapshotScores.totals(snapshot, new ScoreFormula.Compiled(model, context));
            int mql = 0;
            for (LeadFacts lead : leads) {
                ScoreFormula.Score java = ScoreFormula.score(model, lead, context);
                int i = snapshot.indexOf(lead.id());
                assertThat(BigDecimal.valueOf(totals[i], 2)).as("lead %d", lead.id()).isEqualTo(java.total());
                mql += java.mql() ? 1 : 0;
            }
            assertThat(mql).as("some leads are MQL").isPositive();
        }
    }

    @Test
    void the_snapshot_what_if_equals_the_sql_what_if_on_the_demo_leads() {
        PublishedModel live = models.live().orElseThrow();
        writer.rescoreAll("snapshot test", "test");
        LocalDateTime computed = jdbc.queryForObject("SELECT MAX(computed_at) FROM lead_score", LocalDateTime.class);
        RuleContext context = writer.context(Objects.requireNonNull(computed).toInstant(ZoneOffset.UTC));
        LeadSnapshot snapshot = snapshots.get();
        ScoringModel rateQuotes = live.model().withThreshold(live.model().mqlThreshold() + 5)
                .withIntentRules(live.model().intentRules().stream().map(r -> r.eventType() == EventType.RATE_QUOTE
                        ? new IntentRule(r.eventType(), 20, 40, r.windowDays()) : r).toList());
        for (ScoringModel draft : List.of(rateQuotes, ScoringSqlAgreementTest.different())) {
            WhatIf sql = analysis.whatIfSql(draft, context);
            WhatIf memory = analysis.whatIf(draft, live.model(), snapshot, context);
            assertThat(memory.leads()).isEqualTo(sql.leads());
            assertThat(memory.mqlNow()).isEqualTo(sql.mqlNow());
            assertThat(memory.mqlDraft()).isEqualTo(sql.mqlDraft());
            assertThat(memory.entering()).isEqualTo(sql.entering()).isPositive();
            assertThat(memory.leaving()).isEqualTo(sql.leaving());
            assertThat(memory.firstBin()).isEqualTo(sql.firstBin());
            assertThat(memory.liveHistogram()).isEqualTo(sql.liveHistogram());
            assertThat(memory.draftHistogram()).isEqualTo(sql.draftHistogram());
            // The snapshot samples the first changed leads by id; the SQL takes a few from each group of its
            // GROUP BY. Every SQL-sampled lead up to the snapshot's last one is in the snapshot's, alike.
            assertThat(memory.sample()).hasSize((int) Math.min(ScoringAnalysis.SAMPLE, memory.entering()
                    + memory.leaving())).extracting(WhatIf.ChangedLead::id).isSorted();
            long lastId = memory.sample().getLast().id();
            Map<Long, WhatIf.ChangedLead> sampled = new HashMap<>();
            memory.sample().forEach(l -> sampled.put(l.id(), l));
            for (WhatIf.ChangedLead l : sql.sample()) {
                if (l.id() <= lastId) {
                    assertThat(sampled.get(l.id())).as("lead %d in the sample", l.id()).isNotNull()
                            .satisfies(m -> {
                                assertThat(m.entering()).isEqualTo(l.entering());
                                assertThat(m.draftTotal()).isEqualByComparingTo(l.draftTotal());
                                assertThat(m.liveTotal()).isEqualByComparingTo(l.liveTotal());
                            });
                }
            }
        }
    }

    @Test
    void a_full_rescoring_loses_no_event_recorded_while_it_runs() {
        // A quiet lead, not MQL: two applications started arrive after the rescoring read the events.
        long id = jdbc.queryForObject("SELECT s.lead_id FROM lead_score s JOIN leads l ON l.id = s.lead_id "
                + "WHERE s.intent_raw = 0 AND NOT s.mql AND l.stage = 'NEW' ORDER BY s.lead_id LIMIT 1", Long.class);
        writer.beforeSwap = () -> tx.executeWithoutResult(status -> {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            for (int k = 0; k < 2; k++) {
                jdbc.update("INSERT INTO lead_event (lead_id, type, occurred_at) VALUES (?, 'APPLICATION_START', ?)",
                        id, now.minusMinutes(k));
            }
            jdbc.update("UPDATE leads SET last_activity_at = ? WHERE id = ?", now, id);
            hooks.scoreNow(List.of(id));
        });
        writer.rescoreAll("a full run just before", "test");
        ScoreWriter.Run run;
        try {
            run = writer.rescoreAll("concurrency test", "test").orElseThrow();
        } finally {
            writer.beforeSwap = () -> { };
        }
        PublishedModel live = models.live().orElseThrow();
        int expected = live.model().intentRules().stream().filter(r -> r.eventType() == EventType.APPLICATION_START)
                .mapToInt(r -> Math.min(r.cap(), 2 * r.points())).sum();
        assertThat(expected).isPositive();
        assertThat(jdbc.queryForObject("SELECT intent_raw FROM lead_score WHERE lead_id = ?", Integer.class, id))
                .as("the events recorded during the run count").isEqualTo(expected);
        // Scored again: this lead and whatever earlier tests scored one by one in the last two minutes — not every
        // lead of the full run just before.
        assertThat(run.scoredAgain()).as("leads scored again after the swap").isPositive()
                .isLessThan(jdbc.queryForObject("SELECT COUNT(*) FROM leads", Long.class) / 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_score", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM leads", Long.class));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME IN ('lead_score_next', 'lead_score_prev')", Long.class)).isZero();
    }

    @Test
    void a_full_rescoring_keeps_the_mql_time_stamp_unless_the_flag_flips() {
        writer.rescoreAll("first", "test");
        Map<Long, Object[]> before = new HashMap<>();
        jdbc.query("SELECT lead_id, mql, mql_changed_at FROM lead_score", rs -> {
            before.put(rs.getLong(1), new Object[] {rs.getBoolean(2), rs.getObject(3, LocalDateTime.class)});
        });
        // A stricter model flips some leads; the others keep their time stamp.
        ScoringModel previous = models.live().orElseThrow().model();
        ScoringModel stricter = previous.withThreshold(previous.mqlThreshold() + 10);
        tx.executeWithoutResult(s -> models.publish(stricter, "test", "test", null, "stricter", Instant.now()));
        try {
            writer.rescoreAll("second", "test");
        } finally {
            tx.executeWithoutResult(s -> models.publish(previous, "test", "test", null, "back", Instant.now()));
        }
        int[] flipped = new int[2];
        jdbc.query("SELECT lead_id, mql, mql_changed_at FROM lead_score", rs -> {
            Object[] was = before.get(rs.getLong(1));
            if (was == null) {
                return;
            }
            boolean flips = (Boolean) was[0] != rs.getBoolean(2);
            LocalDateTime stamp = rs.getObject(3, LocalDateTime.class);
            if (flips) {
                flipped[0]++;
                assertThat(stamp).as("lead %d flipped", rs.getLong(1)).isAfter((LocalDateTime) was[1]);
            } else {
                flipped[1]++;
                assertThat(stamp).as("lead %d kept its flag", rs.getLong(1)).isEqualTo(was[1]);
            }
        });
        writer.rescoreAll("back", "test");
        assertThat(flipped[0]).as("leads that left MQL").isPositive();
        assertThat(flipped[1]).isPositive();
    }
}
