package com.porchlight.segment.rule;

import com.porchlight.lead.LoanProgram;
import com.porchlight.rate.RateProduct;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides in Java whether one lead matches a rule, with the same meaning as {@link SqlCompiler}'s SQL: what a lead
 * profile uses to say which conditions a lead meets, and what the tests compare the SQL's members with. Written
 * independently of the SQL (it reads the lead's events, where the SQL uses indexes and {@code last_activity_at}).
 */
public final class RuleEvaluator {

    /** Text compares as the database's utf8mb4_unicode_ci does: ignoring case and accents. */
    private static final Collator TEXT = Collator.getInstance(Locale.ROOT);

    static {
        TEXT.setStrength(Collator.PRIMARY);
    }

    private final RuleContext context;

    public RuleEvaluator(RuleContext context) {
        this.context = context;
    }

    public boolean matches(Rule rule, LeadFacts lead) {
        return switch (rule) {
            case RuleGroup g -> switch (g.combinator()) {
                case ALL -> g.rules().stream().allMatch(r -> matches(r, lead));
                case ANY -> g.rules().stream().anyMatch(r -> matches(r, lead));
                case NONE -> g.rules().stream().noneMatch(r -> matches(r, lead));
            };
            case FieldCondition f -> field(f, lead);
            case ActivityCondition a -> activity(a, lead);
            case RateTrigger t -> rateTrigger(t, lead);
            case UnknownRule u -> throw new IllegalArgumentException("Cannot evaluate " + u.reason());
        };
    }

    private boolean field(FieldCondition f, LeadFacts lead) {
        LeadAttribute a = f.field();
        Object value = lead.value(a);
        List<String> v = f.values();
        if (f.operator() == Operator.IS_EMPTY) {
            return value == null;
        }
        if (f.operator() == Operator.IS_NOT_EMPTY) {
            return value != null;
        }
        if (f.operator() == Operator.IS_NONE_OF) {
            return value == null || v.stream().noneMatch(x -> same(a, value, x));
        }
        if (value == null) {
            return false;
        }
        return switch (f.operator()) {
            case IS -> value.equals(Boolean.parseBoolean(v.getFirst()));
            case IS_ANY_OF -> v.stream().anyMatch(x -> same(a, value, x));
            case AT_LEAST, AT_MOST -> {
                if (a.kind() == ValueKind.RANKED_CHOICE) {
                    yield SqlCompiler.ranked(a, f.operator(), v.getFirst()).contains((String) value);
                }
                if (a.kind() == ValueKind.DAYS) {
                    long days = daysSince((Instant) value);
                    int n = Integer.parseInt(v.getFirst().trim());
                    yield f.operator() == Operator.AT_LEAST ? days >= n : days <= n;
                }
                int c = ((BigDecimal) value).compareTo(decimal(v.getFirst()));
                yield f.operator() == Operator.AT_LEAST ? c >= 0 : c <= 0;
            }
            case BETWEEN -> switch (a.kind()) {
                case DATE -> {
                    LocalDate d = (LocalDate) value;
                    yield !d.isBefore(LocalDate.parse(v.get(0).trim())) && !d.isAfter(LocalDate.parse(v.get(1).trim()));
                }
                case DAYS -> {
                    long days = daysSince((Instant) value);
                    yield days >= Integer.parseInt(v.get(0).trim()) && days <= Integer.parseInt(v.get(1).trim());
                }
                default -> ((BigDecimal) value).compareTo(decimal(v.get(0))) >= 0
                        && ((BigDecimal) value).compareTo(decimal(v.get(1))) <= 0;
            };
            case STARTS_WITH_ANY -> v.stream().anyMatch(p -> ((String) value).startsWith(p.trim()));
            case ON_OR_AFTER -> !((LocalDate) value).isBefore(LocalDate.parse(v.getFirst().trim()));
            case ON_OR_BEFORE -> !((LocalDate) value).isAfter(LocalDate.parse(v.getFirst().trim()));
            case IN_LAST_DAYS -> !lead.receivedAt().isBefore(
                    context.now().minus(Duration.ofDays(Integer.parseInt(v.getFirst().trim()))));
            case IS_EMPTY, IS_NOT_EMPTY, IS_NONE_OF -> throw new IllegalStateException("handled above");
        };
    }

    private static boolean same(LeadAttribute a, Object value, String x) {
        return switch (a.kind()) {
            case REFERENCE -> value.equals(Long.parseLong(x.trim()));
            case TEXT -> TEXT.compare((String) value, x.trim()) == 0;
            default -> value.equals(x.trim());
        };
    }

    /** Whole days elapsed, rounded down (a moment in the future is a negative number of days). */
    private long daysSince(Instant t) {
        return Math.floorDiv(Duration.between(t, context.now()).toMillis(), Duration.ofDays(1).toMillis());
    }

    private boolean activity(ActivityCondition a, LeadFacts lead) {
        Instant since = context.now().minus(Duration.ofDays(a.days()));
        long n = lead.events().stream()
                .filter(e -> a.eventType() == null || e.type() == a.eventType())
                .filter(e -> !e.occurredAt().isBefore(since))
                .count();
        return a.none() ? n == 0 : n >= Math.max(1, a.count());
    }

    private boolean rateTrigger(RateTrigger t, LeadFacts lead) {
        if (lead.currentRate() == null || lead.currentProgram() == null) {
            return false;
        }
        RateProduct product = LoanRateProduct.of(LoanProgram.valueOf(lead.currentProgram()), lead.currentTermMonths());
        BigDecimal today = product == null ? null : context.todaysRates().get(product);
        if (today == null) {
            return false;
        }
        return lead.currentRate().compareTo(today.add(BigDecimal.valueOf(t.basisPoints(), 2))) >= 0;
    }

    private static BigDecimal decimal(String v) {
        return Objects.requireNonNull(RuleValidator.decimal(v));
    }
}
