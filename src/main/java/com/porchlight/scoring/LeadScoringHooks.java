package com.porchlight.scoring;

import com.porchlight.lead.LeadScoreSummary;
import com.porchlight.lead.LeadScoring;
import com.porchlight.security.CurrentUser;
import com.porchlight.segment.rule.LeadFacts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scoring as the lead module sees it ({@link LeadScoring}): new leads and new events are scored at once, imports in
 * the background, and a lead's score is explained rule by rule with the Java formula.
 */
@Component
class LeadScoringHooks implements LeadScoring {

    private final ScoreWriter writer;
    private final ScoringModels models;
    private final LeadFactsLoader facts;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    LeadScoringHooks(ScoreWriter writer, ScoringModels models, LeadFactsLoader facts, JdbcTemplate jdbc,
            Clock clock) {
        this.writer = writer;
        this.models = models;
        this.facts = facts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    @Override
    public void scoreNow(List<Long> leadIds) {
        writer.rescore(leadIds, CurrentUser.nameOrSystem());
    }

    @Override
    public void scoreImport(long importId) {
        String by = CurrentUser.nameOrSystem();
        background.submit(() -> writer.rescoreImport(importId, by));
    }

    @Override
    public Optional<LeadScoreSummary> explain(long leadId) {
        Optional<PublishedModel> live = models.live();
        Optional<LeadFacts> lead = facts.load(leadId);
        if (live.isEmpty() || lead.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ScoreFormula.Score score = ScoreFormula.score(live.get().model(), lead.get(), writer.context(now));
        Instant changed = jdbc.query("SELECT mql_changed_at FROM lead_score WHERE lead_id = ?",
                rs -> rs.next() ? ScoringModels.instant(rs.getObject(1, LocalDateTime.class)) : now, leadId);
        return Optional.of(new LeadScoreSummary(score.total(), score.fit(), score.intent(), score.mql(),
                score.threshold(), live.get().versionNo(), now, changed, explanation(score)));
    }

    static List<String> explanation(ScoreFormula.Score score) {
        List<String> lines = new ArrayList<>();
        for (ScoreFormula.Line line : score.lines()) {
            if (line.kind() == ScoreFormula.Line.Kind.FIT) {
                lines.add(line.label() + " " + ModelDiff.signed(line.points()));
            } else {
                lines.add(line.count() + " × " + line.label().toLowerCase() + " " + ModelDiff.signed(line.points())
                        + (line.capped() ? " (capped)" : ""));
            }
        }
        if (score.intentRaw() > 0 && score.decay() < 0.9995) {
            long days = Math.round(score.inactiveDays());
            lines.add(days + (days == 1 ? " day" : " days") + " inactive: intent −"
                    + Math.round((1 - score.decay()) * 100) + " %");
        }
        if (lines.isEmpty()) {
            lines.add("No fit rule applies and no recent activity");
        }
        lines.add("Fit " + score.fit() + " + intent " + score.intent().stripTrailingZeros().toPlainString() + " = "
                + score.total().stripTrailingZeros().toPlainString() + (score.mql() ? " — MQL (threshold "
                        : " — below the MQL threshold (") + score.threshold() + ")");
        return lines;
    }

}
