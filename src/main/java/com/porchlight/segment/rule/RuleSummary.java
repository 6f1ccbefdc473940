package com.porchlight.segment.rule;

import com.porchlight.lead.EventType;
import com.porchlight.lead.LoanPurpose;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rule as a sentence a CMO reads: "Refinance leads in CA or TX whose note rate is at least 0.50 pts above today's
 * rate for their loan, credit Good or better, active in the last 30 days, emailable". Conditions of the root's ALL
 * group become comma-separated phrases after "leads"; a loan-purpose condition among them names the leads
 * ("Refinance leads"); nested groups read "either … or …" and "not …".
 */
public final class RuleSummary {

    private final RuleReferences references;

    public RuleSummary(RuleReferences references) {
        this.references = references;
    }

    public String describe(RuleGroup root) {
        if (root.rules().isEmpty()) {
            return "All leads";
        }
        if (root.combinator() != Combinator.ALL) {
            return "Leads " + phrase(root);
        }
        String noun = "Leads";
        List<String> parts = new ArrayList<>();
        for (Rule r : root.rules()) {
            if (noun.equals("Leads") && r instanceof FieldCondition f && f.field() == LeadAttribute.LOAN_PURPOSE
                    && f.operator() == Operator.IS_ANY_OF) {
                noun = or(f.values().stream().map(LeadSummaryWords::purpose).toList()) + " leads";
            } else {
                parts.add(phrase(r));
            }
        }
        return parts.isEmpty() ? noun : noun + " " + String.join(", ", parts);
    }

    private String phrase(Rule rule) {
        return switch (rule) {
            case RuleGroup g -> group(g);
            case FieldCondition f -> field(f);
            case ActivityCondition a -> activity(a);
            case RateTrigger t -> "whose note rate is at least " + points(t.basisPoints())
                    + " above today's rate for their loan";
            case UnknownRule u -> "[" + u.reason() + "]";
        };
    }

    private String group(RuleGroup g) {
        if (g.rules().isEmpty()) {
            return "(empty group)";
        }
        List<String> parts = g.rules().stream().map(this::phrase).toList();
        return switch (g.combinator()) {
            case ALL -> parts.size() == 1 ? parts.getFirst() : "(" + String.join(" and ", parts) + ")";
            case ANY -> parts.size() == 1 ? parts.getFirst() : "either " + String.join(" or ", parts);
            case NONE -> parts.size() == 1 ? "not " + parts.getFirst() : "neither " + String.join(" nor ", parts);
        };
    }

    private String field(FieldCondition f) {
        LeadAttribute a = f.field();
        List<String> v = f.values();
        String label = a.label();
        return switch (f.operator()) {
            case IS_EMPTY -> switch (a) {
                case ASSIGNED_LO -> "not assigned to a loan officer";
                case DAYS_SINCE_ACTIVITY -> "never active";
                default -> "with no " + lower(label);
            };
            case IS_NOT_EMPTY -> switch (a) {
                case ASSIGNED_LO -> "assigned to a loan officer";
                case DAYS_SINCE_ACTIVITY -> "active at some time";
                default -> "with a " + lower(label);
            };
            case IS -> bool(a, Boolean.parseBoolean(v.getFirst()));
            case IS_ANY_OF -> switch (a) {
                case STATE -> "in " + or(v);
                case STAGE -> "at stage " + or(labels(a, v));
                case SOURCE -> "from " + or(labels(a, v));
                case ASSIGNED_LO -> "assigned to " + or(labels(a, v));
                case COUNTY -> "in " + or(v) + (v.size() == 1 ? " county" : " counties");
                case LOAN_PURPOSE -> "for " + or(v.stream().map(LeadSummaryWords::purpose).toList());
                case LOAN_PROGRAM -> "asking about " + or(labels(a, v)) + " loans";
                case CREDIT_BAND -> "credit " + or(v.stream().map(LeadSummaryWords::band).toList());
                default -> lower(label) + " " + or(labels(a, v));
            };
            case IS_NONE_OF -> switch (a) {
                case STATE -> "outside " + and(v);
                case STAGE -> "not at stage " + or(labels(a, v));
                case SOURCE -> "not from " + or(labels(a, v));
                case ASSIGNED_LO -> "not assigned to " + or(labels(a, v));
                case CREDIT_BAND -> "credit not " + or(v.stream().map(LeadSummaryWords::band).toList());
                default -> lower(label) + " not " + or(labels(a, v));
            };
            case AT_LEAST -> a == LeadAttribute.CREDIT_BAND ? "credit " + LeadSummaryWords.band(v.getFirst())
                    + " or better" : a.kind() == ValueKind.DAYS ? days(a, "at least", v.getFirst())
                    : lower(label) + " at least " + number(a, v.getFirst());
            case AT_MOST -> a == LeadAttribute.CREDIT_BAND ? "credit " + LeadSummaryWords.band(v.getFirst())
                    + " or worse" : a.kind() == ValueKind.DAYS ? days(a, "at most", v.getFirst())
                    : lower(label) + " at most " + number(a, v.getFirst());
            case BETWEEN -> switch (a.kind()) {
                case DATE -> "received between " + v.get(0) + " and " + v.get(1);
                case DAYS -> days(a, "between", v.get(0) + " and " + v.get(1));
                default -> lower(label) + " between " + number(a, v.get(0)) + " and " + number(a, v.get(1));
            };
            case STARTS_WITH_ANY -> "with a ZIP code starting " + or(v);
            case ON_OR_AFTER -> "received on or after " + v.getFirst();
            case ON_OR_BEFORE -> "received on or before " + v.getFirst();
            case IN_LAST_DAYS -> "received in the last " + plural(v.getFirst(), "day");
        };
    }

    private static String days(LeadAttribute a, String how, String n) {
        if (a == LeadAttribute.DAYS_SINCE_ACTIVITY) {
            return switch (how) {
                case "at most" -> "last active at most " + plural(n, "day") + " ago";
                case "at least" -> "inactive for at least " + plural(n, "day");
                default -> "last active between " + n + " days ago";
            };
        }
        return "received " + how + " " + n + " days ago";
    }

    private static String bool(LeadAttribute a, boolean yes) {
        return switch (a) {
            case FIRST_TIME_BUYER -> yes ? "first-time buyers" : "not first-time buyers";
            case VETERAN -> yes ? "veterans" : "not veterans";
            case EMAILABLE -> yes ? "emailable" : "not emailable";
            case SMS_OK -> yes ? "SMS-able" : "not SMS-able";
            case CALLABLE -> yes ? "callable" : "not callable";
            default -> lower(a.label()) + (yes ? " yes" : " no");
        };
    }

    private String activity(ActivityCondition a) {
        String window = "in the last " + plural(Integer.toString(a.days()), "day");
        EventType t = a.eventType();
        if (a.none()) {
            return t == null ? "with no activity " + window : "with no " + LeadSummaryWords.events(t, 2) + " " + window;
        }
        if (t == null) {
            return a.count() <= 1 ? "active " + window : "with at least " + a.count() + " events " + window;
        }
        return "with at least " + a.count() + " " + LeadSummaryWords.events(t, a.count()) + " " + window;
    }

    private List<String> labels(LeadAttribute a, List<String> values) {
        return values.stream().map(v -> switch (a) {
            case SOURCE -> name(references.sourceName(parse(v)), "source #" + v);
            case ASSIGNED_LO -> name(references.loanOfficerName(parse(v)), "loan officer #" + v);
            case STATE -> v;
            default -> a.choices().isEmpty() ? v : a.choiceLabel(v);
        }).toList();
    }

    private static long parse(String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String name(String n, String fallback) {
        return n == null ? fallback : n;
    }

    private static String number(LeadAttribute a, String v) {
        BigDecimal n = RuleValidator.decimal(v);
        if (n == null) {
            return v;
        }
        return switch (a) {
            case ANNUAL_INCOME, LOAN_AMOUNT, PROPERTY_VALUE -> "$" + NumberFormat.getIntegerInstance(Locale.US)
                    .format(n);
            case DTI, LTV, CURRENT_RATE -> n.stripTrailingZeros().toPlainString() + " %";
            default -> n.stripTrailingZeros().toPlainString();
        };
    }

    private static String points(int bps) {
        return BigDecimal.valueOf(bps, 2).setScale(2).toPlainString() + " pts";
    }

    private static String plural(String n, String unit) {
        return n + " " + unit + (n.trim().equals("1") ? "" : "s");
    }

    /** The field's name inside a sentence: "loan amount", "DTI" (acronyms keep their case, units go). */
    private static String lower(String label) {
        String l = label.endsWith(" %") ? label.substring(0, label.length() - 2) : label;
        if (l.length() > 1 && Character.isUpperCase(l.charAt(1))) {
            return l;
        }
        return l.isEmpty() ? l : Character.toLowerCase(l.charAt(0)) + l.substring(1);
    }

    static String or(List<String> items) {
        return join(items, "or");
    }

    static String and(List<String> items) {
        return join(items, "and");
    }

    private static String join(List<String> items, String word) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + word + " " + items.getLast();
    }

    /** Words for enum values in sentences. */
    static final class LeadSummaryWords {

        private LeadSummaryWords() {
        }

        static String purpose(String name) {
            try {
                return LoanPurpose.valueOf(name).label();
            } catch (IllegalArgumentException e) {
                return name;
            }
        }

        /** "Good" from "Good (680–739)". */
        static String band(String name) {
            String label = LeadAttribute.CREDIT_BAND.choiceLabel(name);
            int paren = label.indexOf(" (");
            return paren < 0 ? label : label.substring(0, paren);
        }

        static String events(EventType t, int count) {
            String one = switch (t) {
                case PAGE_VIEW -> "page view";
                case RATE_QUOTE -> "rate quote";
                case CALCULATOR -> "calculator use";
                case PREQUAL_FORM -> "pre-qualification form";
                case APPLICATION_START -> "application start";
                case WEBINAR -> "webinar";
                case EMAIL_OPEN -> "email open";
                case EMAIL_CLICK -> "email click";
                case DOCUMENT_DOWNLOAD -> "document download";
                case CALL -> "call";
                case SMS_REPLY -> "SMS reply";
            };
            if (count == 1) {
                return one;
            }
            return one.endsWith("y") ? one.substring(0, one.length() - 1) + "ies" : one + "s";
        }
    }
}
