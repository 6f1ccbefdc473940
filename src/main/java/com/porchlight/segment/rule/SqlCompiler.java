package com.porchlight.segment.rule;

import com.porchlight.lead.EventType;
import com.porchlight.lead.LoanProgram;
import com.porchlight.rate.RateProduct;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Translates a rule into a WHERE expression over {@code leads l} (ADR 0008). Column names come from
 * {@link LeadAttribute} constants; every value is a bound parameter, never part of the text.
 *
 * <p>Each condition compiles to an expression that is TRUE or FALSE, never NULL: a condition on an optional column
 * starts with {@code col IS NOT NULL AND …} (an empty field does not match "≥ 700"), and "is none of" includes the
 * leads where the field is empty. So {@code NOT (…)} of a NONE group is exactly the leads the group does not match, as
 * {@link RuleEvaluator} computes it.
 *
 * <p>Behaviour uses the events table only through its {@code (type, occurred_at, lead_id)} index, as one uncorrelated
 * subquery per condition (the set of leads with enough events in the window), never a per-lead scan. "Any activity in
 * the last D days" and "none" read {@code leads.last_activity_at}, the time of the lead's latest event. A condition
 * that needs events in the window also states the window on {@code last_activity_at} (a lead with such an event was
 * active in it), which changes no result but lets MariaDB read only the recently active leads through
 * {@code ix_lead_last_activity} and look each up in the subquery's set, rather than look up every lead
 * (docs/BENCHMARKS.md, "Segment counts").
 */
public final class SqlCompiler {

    private static final String TRUE = "1 = 1";
    private static final String FALSE = "1 = 0";

    private SqlCompiler() {
    }

    /**
     * @throws IllegalArgumentException for a rule with an {@link UnknownRule} in it (validate before compiling)
     */
    public static CompiledRule compile(RuleGroup root, RuleContext context) {
        List<Object> params = new ArrayList<>();
        String where = new Emitter(context, params).rule(root);
        return new CompiledRule(where, params);
    }

    private record Emitter(RuleContext context, List<Object> params) {

        String rule(Rule rule) {
            return switch (rule) {
                case RuleGroup g -> group(g);
                case FieldCondition f -> field(f);
                case ActivityCondition a -> activity(a);
                case RateTrigger t -> rateTrigger(t);
                case UnknownRule u -> throw new IllegalArgumentException("Cannot compile " + u.reason());
            };
        }

        private String group(RuleGroup g) {
            if (g.rules().isEmpty()) {
                return g.combinator() == Combinator.ANY ? FALSE : TRUE;
            }
            List<String> parts = new ArrayList<>();
            for (Rule r : g.rules()) {
                parts.add(rule(r));
            }
            return switch (g.combinator()) {
                case ALL -> "(" + String.join(" AND ", parts) + ")";
                case ANY -> "(" + String.join(" OR ", parts) + ")";
                case NONE -> "NOT (" + String.join(" OR ", parts) + ")";
            };
        }

        private String field(FieldCondition f) {
            LeadAttribute a = f.field();
            String c = "l." + a.column();
            List<String> v = f.values();
            String guard = a.optional() ? c + " IS NOT NULL AND " : "";
            return switch (f.operator()) {
                case IS_EMPTY -> c + " IS NULL";
                case IS_NOT_EMPTY -> c + " IS NOT NULL";
                case IS -> {
                    params.add(Boolean.parseBoolean(v.getFirst()));
                    yield "(" + guard + c + " = ?)";
                }
                case IS_ANY_OF -> "(" + guard + c + " IN (" + bindAll(a, v) + "))";
                case IS_NONE_OF -> a.optional() ? "(" + c + " IS NULL OR " + c + " NOT IN (" + bindAll(a, v) + "))"
                        : c + " NOT IN (" + bindAll(a, v) + ")";
                case AT_LEAST, AT_MOST -> {
                    if (a.kind() == ValueKind.RANKED_CHOICE) {
                        yield "(" + guard + c + " IN (" + bindAll(a, ranked(a, f.operator(), v.getFirst())) + "))";
                    }
                    if (a.kind() == ValueKind.DAYS) {
                        yield daysSince(a, c, f.operator(), Integer.parseInt(v.getFirst().trim()));
                    }
                    params.add(decimal(v.getFirst()));
                    yield "(" + guard + c + (f.operator() == Operator.AT_LEAST ? " >= ?)" : " <= ?)");
                }
                case BETWEEN -> between(a, c, guard, v);
                case STARTS_WITH_ANY -> {
                    List<String> likes = new ArrayList<>();
                    for (String prefix : v) {
                        params.add(likePrefix(prefix.trim()));
                        likes.add(c + " LIKE ?");
                    }
                    yield "(" + guard + "(" + String.join(" OR ", likes) + "))";
                }
                case ON_OR_AFTER -> {
                    params.add(startOf(v.getFirst()));
                    yield "(" + guard + c + " >= ?)";
                }
                case ON_OR_BEFORE -> {
                    params.add(startOf(LocalDate.parse(v.getFirst().trim()).plusDays(1).toString()));
                    yield "(" + guard + c + " < ?)";
                }
                case IN_LAST_DAYS -> {
                    params.add(utc(context.now().minus(Duration.ofDays(Integer.parseInt(v.getFirst().trim())))));
                    yield "(" + guard + c + " >= ?)";
                }
            };
        }

        private String between(LeadAttribute a, String c, String guard, List<String> v) {
            switch (a.kind()) {
                case DATE -> {
                    params.add(startOf(v.get(0)));
                    params.add(startOf(LocalDate.parse(v.get(1).trim()).plusDays(1).toString()));
                    return "(" + guard + c + " >= ? AND " + c + " < ?)";
                }
                case DAYS -> {
                    int low = Integer.parseInt(v.get(0).trim());
                    int high = Integer.parseInt(v.get(1).trim());
                    // days since ∈ [low, high] ⇔ now − (high + 1) days < t ≤ now − low days
                    params.add(utc(context.now().minus(Duration.ofDays(high + 1L))));
                    params.add(utc(context.now().minus(Duration.ofDays(low))));
                    return "(" + guard + c + " > ? AND " + c + " <= ?)";
                }
                default -> {
                    params.add(decimal(v.get(0)));
                    params.add(decimal(v.get(1)));
                    return "(" + guard + c + " BETWEEN ? AND ?)";
                }
            }
        }

        /** Whole days elapsed since {@code c}: at least n ⇔ c ≤ now − n days; at most n ⇔ c > now − (n+1) days. */
        private String daysSince(LeadAttribute a, String c, Operator op, int n) {
            String guard = a.optional() ? c + " IS NOT NULL AND " : "";
            if (op == Operator.AT_LEAST) {
                params.add(utc(context.now().minus(Duration.ofDays(n))));
                return "(" + guard + c + " <= ?)";
            }
            params.add(utc(context.now().minus(Duration.ofDays(n + 1L))));
            return "(" + guard + c + " > ?)";
        }

        private String bindAll(LeadAttribute a, List<String> values) {
            List<String> marks = new ArrayList<>(values.size());
            for (String value : values) {
                params.add(a.kind() == ValueKind.REFERENCE ? (Object) Long.parseLong(value.trim()) : value.trim());
                marks.add("?");
            }
            return String.join(", ", marks);
        }

        private String activity(ActivityCondition a) {
            LocalDateTime since = utc(context.now().minus(Duration.ofDays(a.days())));
            if (a.eventType() == null && (a.none() || a.count() <= 1)) {
                params.add(since);
                return a.none() ? "(l.last_activity_at IS NULL OR l.last_activity_at < ?)"
                        : "(l.last_activity_at IS NOT NULL AND l.last_activity_at >= ?)";
            }
            // A lead with an event in the window was active in it: the implied last_activity_at range lets MariaDB
            // read only those leads (an index range) and probe the subquery's set for each, instead of probing it for
            // every lead. It never changes the result: last_activity_at is the time of the lead's latest event.
            String active = "";
            if (!a.none()) {
                params.add(since);
                active = "l.last_activity_at IS NOT NULL AND l.last_activity_at >= ? AND ";
            }
            String types;
            if (a.eventType() != null) {
                params.add(a.eventType().name());
                types = "e.type = ?";
            } else {
                // Every type named, so the (type, occurred_at, lead_id) index serves the window as a few ranges.
                types = "e.type IN (" + String.join(", ", Arrays.stream(EventType.values()).map(t -> {
                    params.add(t.name());
                    return "?";
                }).toList()) + ")";
            }
            params.add(since);
            String events = "SELECT e.lead_id FROM lead_event e WHERE " + types + " AND e.occurred_at >= ?";
            if (a.none()) {
                return "l.id NOT IN (" + events + ")";
            }
            if (a.count() <= 1) {
                return "(" + active + "l.id IN (" + events + "))";
            }
            params.add(a.count());
            return "(" + active + "l.id IN (" + events + " GROUP BY e.lead_id HAVING COUNT(*) >= ?))";
        }

        private String rateTrigger(RateTrigger t) {
            BigDecimal above = BigDecimal.valueOf(t.basisPoints(), 2);
            List<String> branches = new ArrayList<>();
            for (Map.Entry<RateProduct, BigDecimal> e : context.todaysRates().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                BigDecimal threshold = e.getValue().add(above);
                switch (e.getKey()) {
                    case CONV_30_FIXED, CONV_15_FIXED -> {
                        params.add(LoanProgram.CONVENTIONAL.name());
                        params.add(LoanRateProduct.FIFTEEN_YEAR_MAX_TERM);
                        params.add(threshold);
                        branches.add("(l.current_program = ? AND COALESCE(l.current_term_months, 360) "
                                + (e.getKey() == RateProduct.CONV_15_FIXED ? "<=" : ">") + " ? AND l.current_rate >= ?)");
                    }
                    case FHA_30_FIXED, VA_30_FIXED, JUMBO_30_FIXED -> {
                        params.add(programOf(e.getKey()).name());
                        params.add(threshold);
                        branches.add("(l.current_program = ? AND l.current_rate >= ?)");
                    }
                    case ARM_7_6 -> {
                        // No lead field says a current loan is an ARM: nothing compares with this product.
                    }
                }
            }
            if (branches.isEmpty()) {
                return FALSE;
            }
            return "(l.current_rate IS NOT NULL AND l.current_program IS NOT NULL AND (" + String.join(" OR ", branches)
                    + "))";
        }
    }

    static LoanProgram programOf(RateProduct p) {
        return switch (p) {
            case FHA_30_FIXED -> LoanProgram.FHA;
            case VA_30_FIXED -> LoanProgram.VA;
            case JUMBO_30_FIXED -> LoanProgram.JUMBO;
            default -> LoanProgram.CONVENTIONAL;
        };
    }

    /** The ranked values at least / at most as good as {@code value}: choices are listed best first. */
    static List<String> ranked(LeadAttribute a, Operator op, String value) {
        List<String> all = a.choices().stream().map(LeadAttribute.Choice::value).toList();
        int i = all.indexOf(value);
        return op == Operator.AT_LEAST ? all.subList(0, i + 1) : all.subList(i, all.size());
    }

    private static BigDecimal decimal(String v) {
        return Objects.requireNonNull(RuleValidator.decimal(v));
    }

    private static String likePrefix(String digits) {
        return digits.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static LocalDateTime startOf(String isoDate) {
        return LocalDate.parse(isoDate.trim()).atStartOfDay();
    }

    static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
