package com.porchlight.segment.rule;

import com.porchlight.lead.CreditBand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds every problem of a rule at once, each located by its path. A rule with problems is never saved and never
 * counted; the builder shows each message next to its condition.
 */
public final class RuleValidator {

    /** Groups deep, the root included: the builder shows four levels comfortably. */
    public static final int MAX_DEPTH = 4;
    public static final int MAX_DAYS = 3650;
    public static final int MAX_EVENTS = 1000;
    public static final int MAX_BASIS_POINTS = 500;
    public static final int MAX_VALUES = 500;

    private final RuleReferences references;

    public RuleValidator(RuleReferences references) {
        this.references = references;
    }

    public List<RuleProblem> validate(RuleGroup root) {
        List<RuleProblem> problems = new ArrayList<>();
        if (root.rules().isEmpty()) {
            problems.add(new RuleProblem(List.of(), "Add at least one condition."));
        }
        check(root, new ArrayList<>(), 1, problems);
        return problems;
    }

    private void check(Rule rule, List<Integer> path, int depth, List<RuleProblem> problems) {
        switch (rule) {
            case RuleGroup g -> {
                if (depth > MAX_DEPTH) {
                    problems.add(new RuleProblem(path, "Groups can be nested " + MAX_DEPTH
                            + " levels deep; move this group up a level."));
                }
                if (g.rules().isEmpty() && !path.isEmpty()) {
                    problems.add(new RuleProblem(path, "This group is empty: add a condition or remove the group."));
                }
                for (int i = 0; i < g.rules().size(); i++) {
                    path.add(i);
                    check(g.rules().get(i), path, depth + 1, problems);
                    path.removeLast();
                }
            }
            case FieldCondition f -> {
                String message = problem(f);
                if (message != null) {
                    problems.add(new RuleProblem(path, message));
                }
            }
            case ActivityCondition a -> {
                String message = problem(a);
                if (message != null) {
                    problems.add(new RuleProblem(path, message));
                }
            }
            case RateTrigger t -> {
                if (t.basisPoints() < 0 || t.basisPoints() > MAX_BASIS_POINTS) {
                    problems.add(new RuleProblem(path, "The rate trigger must be between 0 and " + MAX_BASIS_POINTS
                            + " bps above today's rate (got " + t.basisPoints() + ")."));
                }
            }
            case UnknownRule u -> problems.add(new RuleProblem(path, "This condition cannot be used: " + u.reason()
                    + ". Remove it or replace it before saving."));
        }
    }

    private static @Nullable String problem(ActivityCondition a) {
        if (a.days() < 0) {
            return "The number of days cannot be negative (got " + a.days() + ").";
        }
        if (a.days() == 0) {
            return "The window must be at least 1 day.";
        }
        if (a.days() > MAX_DAYS) {
            return "The window can be at most " + MAX_DAYS + " days (got " + a.days() + ").";
        }
        if (!a.none() && (a.count() < 1 || a.count() > MAX_EVENTS)) {
            return "The number of events must be between 1 and " + MAX_EVENTS + " (got " + a.count() + ").";
        }
        return null;
    }

    private @Nullable String problem(FieldCondition f) {
        LeadAttribute field = f.field();
        Operator op = f.operator();
        if (!field.operators().contains(op)) {
            return "\"" + op.label(field.kind()) + "\" does not apply to " + field.label() + ".";
        }
        List<String> values = f.values();
        switch (op.arity()) {
            case NONE -> {
                return null;
            }
            case ONE -> {
                if (values.size() != 1 || values.getFirst().isBlank()) {
                    return field.label() + ": enter a value.";
                }
            }
            case TWO -> {
                if (values.size() != 2 || values.get(0).isBlank() || values.get(1).isBlank()) {
                    return field.label() + ": enter both ends of the range.";
                }
            }
            case SOME -> {
                if (values.isEmpty()) {
                    return field.label() + ": choose at least one value.";
                }
                if (values.size() > MAX_VALUES) {
                    return field.label() + ": at most " + MAX_VALUES + " values (got " + values.size() + ").";
                }
            }
        }
        if (op == Operator.IN_LAST_DAYS) {
            return days(field, values.getFirst(), true);
        }
        for (String v : values) {
            String message = value(field, v);
            if (message != null) {
                return message;
            }
        }
        if (op == Operator.BETWEEN) {
            return order(field, values.get(0), values.get(1));
        }
        return null;
    }

    private @Nullable String value(LeadAttribute field, String v) {
        return switch (field.kind()) {
            case CHOICE, RANKED_CHOICE -> field.choices().stream().anyMatch(c -> c.value().equals(v)) ? null
                    : "\"" + v + "\" is not a " + field.label().toLowerCase() + " value.";
            case REFERENCE -> reference(field, v);
            case TEXT -> v.isBlank() ? field.label() + ": a value cannot be blank."
                    : v.length() > 100 ? field.label() + ": a value can be at most 100 characters." : null;
            case PREFIX -> v.length() >= 1 && v.length() <= 5 && v.chars().allMatch(c -> c >= '0' && c <= '9') ? null
                    : "A ZIP prefix is 1 to 5 digits (got \"" + v + "\").";
            case NUMBER -> number(field, v);
            case DATE -> date(v) == null ? field.label() + ": \"" + v + "\" is not a date (YYYY-MM-DD)." : null;
            case DAYS -> days(field, v, false);
            case BOOLEAN -> v.equals("true") || v.equals("false") ? null
                    : field.label() + ": choose yes or no.";
        };
    }

    private @Nullable String reference(LeadAttribute field, String v) {
        long id;
        try {
            id = Long.parseLong(v);
        } catch (NumberFormatException e) {
            return field.label() + ": \"" + v + "\" is not an id.";
        }
        String name = field == LeadAttribute.SOURCE ? references.sourceName(id) : references.loanOfficerName(id);
        return name != null ? null : field == LeadAttribute.SOURCE
                ? "Lead source #" + id + " no longer exists." : "Loan officer #" + id + " no longer exists.";
    }

    private static @Nullable String number(LeadAttribute field, String v) {
        BigDecimal n = decimal(v);
        if (n == null) {
            return field.label() + ": \"" + v + "\" is not a number.";
        }
        if (n.signum() < 0) {
            return field.label() + " cannot be negative (got " + v + ").";
        }
        if (field == LeadAttribute.CREDIT_SCORE
                && (n.compareTo(BigDecimal.valueOf(CreditBand.MIN_SCORE)) < 0
                        || n.compareTo(BigDecimal.valueOf(CreditBand.MAX_SCORE)) > 0)) {
            return "A credit score is between " + CreditBand.MIN_SCORE + " and " + CreditBand.MAX_SCORE + " (got " + v
                    + ").";
        }
        if (n.precision() - n.scale() > 12) {
            return field.label() + ": " + v + " is too large.";
        }
        return null;
    }

    private static @Nullable String days(LeadAttribute field, String v, boolean window) {
        int d;
        try {
            d = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return field.label() + ": \"" + v + "\" is not a whole number of days.";
        }
        if (d < 0) {
            return field.label() + ": the number of days cannot be negative (got " + d + ").";
        }
        if (window && d == 0) {
            return field.label() + ": the window must be at least 1 day.";
        }
        if (d > MAX_DAYS) {
            return field.label() + ": at most " + MAX_DAYS + " days (got " + d + ").";
        }
        return null;
    }

    private static @Nullable String order(LeadAttribute field, String low, String high) {
        boolean reversed = switch (field.kind()) {
            case NUMBER -> Objects.requireNonNull(decimal(low)).compareTo(Objects.requireNonNull(decimal(high))) > 0;
            case DATE -> Objects.requireNonNull(date(low)).isAfter(Objects.requireNonNull(date(high)));
            case DAYS -> Integer.parseInt(low.trim()) > Integer.parseInt(high.trim());
            default -> false;
        };
        return reversed ? field.label() + ": the minimum (" + low + ") is above the maximum (" + high + ")." : null;
    }

    static @Nullable BigDecimal decimal(String v) {
        try {
            return new BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable LocalDate date(String v) {
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
