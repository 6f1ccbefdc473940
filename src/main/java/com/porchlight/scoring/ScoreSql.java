package com.porchlight.scoring;

import com.porchlight.lead.EventType;
import com.porchlight.segment.rule.CompiledRule;
import com.porchlight.segment.rule.RuleContext;
import com.porchlight.segment.rule.SqlCompiler;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The scoring formula of {@link ScoreFormula} as one SELECT over {@code leads l} (ADR 0009): per lead its fit, its
 * undecayed intent and its decay factor. Fit rules are segment conditions compiled by {@link SqlCompiler}; intent is
 * one pass over the events of the longest look-back window — through the {@code (type, occurred_at, lead_id)} index,
 * every event type named so the window is a handful of index ranges — grouped by lead, with one conditional count per
 * intent rule. Every value is a bound parameter.
 *
 * <p>Two clocks: "now" (a bound instant, for scoring and what-if) or a column of each lead (for the backtest, which
 * scores a closed lead as it stood a fixed time after it arrived).
 */
final class ScoreSql {

    /** A SELECT with its parameters, in text order. Columns: {@code lead_id, fit, intent_raw, decay}. */
    record Query(String sql, List<Object> params) {
    }

    /** Which leads: a condition on {@code l} and, to keep the events pass small, the same on {@code e.lead_id}. */
    record Scope(String onLeads, List<Object> leadParams, String onEvents, List<Object> eventParams) {

        static final Scope ALL = new Scope("1 = 1", List.of(), "1 = 1", List.of());

        static Scope ids(List<Long> ids) {
            String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
            return new Scope("l.id IN (" + marks + ")", List.copyOf(ids), "e.lead_id IN (" + marks + ")",
                    List.copyOf(ids));
        }
    }

    private ScoreSql() {
    }

    /** Scores as of {@code context.now()}. */
    static Query select(ScoringModel model, RuleContext context, Scope scope) {
        return build(model, context, scope, null);
    }

    /**
     * Scores each lead as of its own moment, {@code asOf}: an SQL expression over the alias {@code {a}} (a constant of
     * the caller, never user input, e.g. {@code LEAST({a}.received_at + INTERVAL 30 DAY, {a}.stage_changed_at)}); the
     * events pass joins the leads of the scope to know each one's moment. {@code scopeTemplate} is a condition on the
     * alias {@code {a}}, used for the leads ({@code l}) and inside the events pass ({@code t}).
     */
    static Query selectAsOf(ScoringModel model, RuleContext context, String scopeTemplate, List<Object> scopeParams,
            String asOf) {
        return build(model, context, new Scope(scopeTemplate.replace("{a}", "l"), scopeParams,
                scopeTemplate.replace("{a}", "t"), scopeParams), asOf);
    }

    private static Query build(ScoringModel model, RuleContext context, Scope scope, @Nullable String asOfColumn) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT l.id AS lead_id, ");
        // fit
        if (model.fitRules().isEmpty()) {
            sql.append("0");
        } else {
            List<String> parts = new ArrayList<>();
            for (FitRule rule : model.fitRules()) {
                CompiledRule c = SqlCompiler.compile(rule.condition(), context);
                params.addAll(c.params());
                params.add(rule.points());
                parts.add("CASE WHEN " + c.where() + " THEN ? ELSE 0 END");
            }
            sql.append("(").append(String.join(" + ", parts)).append(")");
        }
        sql.append(" AS fit, ");
        List<IntentRule> intents = model.intentRules();
        if (intents.isEmpty()) {
            sql.append("0 AS intent_raw, 1 AS decay FROM leads l WHERE ").append(scope.onLeads());
            params.addAll(scope.leadParams());
            return new Query(sql.toString(), params);
        }
        // intent: min(cap, points * count) per rule
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < intents.size(); i++) {
            params.add(intents.get(i).cap());
            params.add(intents.get(i).points());
            parts.add("LEAST(?, ? * COALESCE(ev.n" + i + ", 0))");
        }
        sql.append("(").append(String.join(" + ", parts)).append(") AS intent_raw, ");
        // decay: (1 - rate) ^ (inactive microseconds / microseconds per quarter); no events in the window → 1
        String t = asOfColumn == null ? "?" : "(" + asOfColumn.replace("{a}", "l") + ")";
        params.add(1 - model.decayPercentPerQuarter().doubleValue() / 100);
        if (asOfColumn == null) {
            params.add(utc(context.now()));
        }
        params.add(ScoreFormula.MICROS_PER_QUARTER);
        sql.append("COALESCE(POW(?, GREATEST(0, TIMESTAMPDIFF(MICROSECOND, ev.last_at, ").append(t)
                .append(")) / ?), 1) AS decay FROM leads l LEFT JOIN (");
        sql.append(events(intents, context.now(), scope, asOfColumn, params));
        sql.append(") ev ON ev.lead_id = l.id WHERE ").append(scope.onLeads());
        params.addAll(scope.leadParams());
        return new Query(sql.toString(), params);
    }

    private static String events(List<IntentRule> intents, Instant now, Scope scope, @Nullable String asOfColumn,
            List<Object> params) {
        int longest = intents.stream().mapToInt(IntentRule::windowDays).max().orElseThrow();
        StringBuilder sql = new StringBuilder("SELECT e.lead_id");
        for (int i = 0; i < intents.size(); i++) {
            params.add(intents.get(i).eventType().name());
            if (asOfColumn == null) {
                params.add(utc(now.minus(Duration.ofDays(intents.get(i).windowDays()))));
                sql.append(", SUM(e.type = ? AND e.occurred_at >= ?) AS n").append(i);
            } else {
                params.add(intents.get(i).windowDays());
                sql.append(", SUM(e.type = ? AND e.occurred_at >= ").append(onT(asOfColumn))
                        .append(" - INTERVAL ? DAY) AS n").append(i);
            }
        }
        sql.append(", MAX(e.occurred_at) AS last_at FROM ");
        List<String> types = Arrays.stream(EventType.values()).map(x -> {
            params.add(x.name());
            return "?";
        }).toList();
        if (asOfColumn == null) {
            sql.append("lead_event e WHERE e.type IN (").append(String.join(", ", types)).append(")");
            params.add(utc(now.minus(Duration.ofDays(longest))));
            params.add(utc(now));
            sql.append(" AND e.occurred_at >= ? AND e.occurred_at <= ? AND ").append(scope.onEvents());
            params.addAll(scope.eventParams());
        } else {
            sql.append("leads t JOIN lead_event e ON e.lead_id = t.id WHERE e.type IN (").append(String.join(", ",
                    types)).append(")");
            params.add(longest);
            sql.append(" AND e.occurred_at >= ").append(onT(asOfColumn)).append(" - INTERVAL ? DAY AND e.occurred_at <= ")
                    .append(onT(asOfColumn)).append(" AND ").append(scope.onEvents());
            params.addAll(scope.eventParams());
        }
        sql.append(" GROUP BY e.lead_id");
        return sql.toString();
    }

    private static String onT(String asOf) {
        return "(" + asOf.replace("{a}", "t") + ")";
    }

    /** The total of a row of {@link #select}: fit (decayed if the model says so) plus decayed intent, two decimals. */
    static String total(ScoringModel model, String alias) {
        return "ROUND(" + alias + ".fit" + (model.decayFit() ? " * " + alias + ".decay" : "") + " + " + alias
                + ".intent_raw * " + alias + ".decay, 2)";
    }

    static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
