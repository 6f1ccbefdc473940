package com.porchlight.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.KaribuTest;
import com.porchlight.lead.EventType;
import com.porchlight.rate.RatesInForce;
import com.porchlight.segment.AllLeadFacts;
import com.porchlight.segment.rule.LeadFacts;
import com.porchlight.segment.rule.RuleContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The set-based SQL and the Java formula must give every lead the same score: fit and undecayed intent exactly, the
 * total to the cent (the decay is a floating-point power on both sides), and the same MQL status except for a total
 * within a cent of the threshold. Checked on the few thousand demo leads for the default model and a very different
 * one, now and as of each closed lead's outcome (the backtest's clock), and for what rescoring stores.
 */
class ScoringSqlAgreementTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RatesInForce rates;
    @Autowired
    ScoreWriter writer;
    @Autowired
    ScoringModels models;

    private List<LeadFacts> leads;
    private RuleContext now;

    @BeforeEach
    void load() {
        leads = AllLeadFacts.load(jdbc);
        Instant newest = leads.stream().map(LeadFacts::receivedAt).max(Instant::compareTo).orElseThrow();
        now = new RuleContext(newest.plusSeconds(3 * 3600), rates.at(Instant.now()));
    }

    static ScoringModel different() {
        ScoringModel base = DefaultScoringModel.create();
        List<IntentRule> intent = new ArrayList<>();
        for (IntentRule r : base.intentRules()) {
            intent.add(new IntentRule(r.eventType(), r.points() + 2, r.cap() + 7, Math.min(730, r.windowDays() * 3)));
        }
        intent.add(new IntentRule(EventType.RATE_QUOTE, 3, 9, 7));
        return base.withIntentRules(intent).withDecay(new BigDecimal("40"), true).withThreshold(50);
    }

    @Test
    void sql_and_java_agree_on_every_demo_lead_now() {
        for (ScoringModel model : List.of(DefaultScoringModel.create(), different())) {
            Map<Long, double[]> sql = run(ScoreSql.select(model, now, ScoreSql.Scope.ALL), model);
            assertThat(sql).hasSize(leads.size());
            int mql = 0;
            for (LeadFacts lead : leads) {
                ScoreFormula.Score java = ScoreFormula.score(model, lead, now);
                mql += agree(lead, java, sql.get(lead.id()));
            }
            assertThat(mql).as("some leads are MQL under the model").isPositive();
        }
    }

    @Test
    void sql_and_java_agree_on_closed_leads_scored_as_of_the_backtest_moment() {
        Map<Long, Instant> outcomeAt = new HashMap<>();
        jdbc.query("SELECT id, " + ScoringAnalysis.BACKTEST_AS_OF.replace("{a}", "leads") + " FROM leads "
                + "WHERE stage IN ('FUNDED', 'LOST')", rs -> {
            outcomeAt.put(rs.getLong(1), AllLeadFacts.time(rs.getObject(2, LocalDateTime.class)));
        });
        assertThat(outcomeAt).hasSizeGreaterThan(100);
        ScoringModel model = different();
        Map<Long, double[]> sql = run(ScoreSql.selectAsOf(model, now, "{a}.stage IN ('FUNDED', 'LOST')", List.of(),
                ScoringAnalysis.BACKTEST_AS_OF), model);
        assertThat(sql).hasSize(outcomeAt.size());
        for (LeadFacts lead : leads) {
            Instant at = outcomeAt.get(lead.id());
            if (at != null) {
                agree(lead, ScoreFormula.score(model, lead, new RuleContext(at, now.todaysRates())),
                        sql.get(lead.id()));
            }
        }
    }

    @Test
    void rescoring_stores_what_the_formula_computes() {
        PublishedModel live = models.live().orElseThrow();
        Instant before = Instant.now();
        writer.rescoreAll("agreement test", "test");
        RuleContext context = writer.context(Instant.now());
        Map<Long, BigDecimal> stored = new HashMap<>();
        jdbc.query("SELECT lead_id, total, computed_at, model_version FROM lead_score", rs -> {
            assertThat(rs.getInt(4)).isEqualTo(live.versionNo());
            assertThat(AllLeadFacts.time(rs.getObject(3, LocalDateTime.class))).isAfterOrEqualTo(
                    before.minusSeconds(1));
            stored.put(rs.getLong(1), rs.getBigDecimal(2));
        });
        for (LeadFacts lead : leads) {
            // Decay moved on by the seconds between the two moments: a few thousandths of a point at most.
            BigDecimal java = ScoreFormula.score(live.model(), lead, context).total();
            assertThat(stored.get(lead.id()).subtract(java).abs()).as("lead %d", lead.id())
                    .isLessThanOrEqualTo(new BigDecimal("0.02"));
        }
    }

    private Map<Long, double[]> run(ScoreSql.Query select, ScoringModel model) {
        Map<Long, double[]> rows = new HashMap<>();
        jdbc.query("SELECT x.lead_id, x.fit, x.intent_raw, " + ScoreSql.total(model, "x") + " FROM (" + select.sql()
                + ") x", rs -> {
                    rows.put(rs.getLong(1), new double[] {rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                            model.mqlThreshold()});
                }, select.params().toArray());
        return rows;
    }

    private static int agree(LeadFacts lead, ScoreFormula.Score java, double[] sql) {
        assertThat(sql).as("lead %d scored by SQL", lead.id()).isNotNull();
        assertThat((int) sql[0]).as("fit of lead %d", lead.id()).isEqualTo(java.fit());
        assertThat((int) sql[1]).as("intent of lead %d", lead.id()).isEqualTo(java.intentRaw());
        double diff = Math.abs(sql[2] - java.total().doubleValue());
        assertThat(diff).as("total of lead %d: SQL %s, Java %s", lead.id(), sql[2], java.total())
                .isLessThanOrEqualTo(0.0100001);
        boolean sqlMql = sql[2] >= sql[3];
        if (Math.abs(java.total().doubleValue() - sql[3]) > 0.011) {
            assertThat(sqlMql).as("MQL of lead %d", lead.id()).isEqualTo(java.mql());
        }
        return java.mql() ? 1 : 0;
    }
}
