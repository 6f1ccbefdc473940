package com.porchlight.segment.rulebuilder;

import com.porchlight.lead.EventType;
import com.porchlight.segment.rule.ActivityCondition;
import com.porchlight.segment.rule.FieldCondition;
import com.porchlight.segment.rule.LeadAttribute;
import com.porchlight.segment.rule.Operator;
import com.porchlight.segment.rule.RateTrigger;
import com.porchlight.segment.rule.Rule;
import com.porchlight.segment.rule.RuleGroup;
import com.porchlight.segment.rule.RuleValidator;
import com.porchlight.segment.rule.UnknownRule;
import com.porchlight.segment.rule.ValueKind;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One condition on one line: what it tests (a lead field, behaviour, or the rate trigger), then the inputs for that.
 * A condition an older version saved and this one cannot read is shown with the reason and can only be removed.
 */
public final class RuleBuilderCondition extends RuleBuilderNode {

    /** What a condition tests: a lead field, behaviour or the rate trigger, in the menu's groups. */
    public record Subject(String key, String label, String heading, @Nullable LeadAttribute field) {
    }

    static final Subject ACTIVITY = new Subject("activity", "Activity (events)", "Behaviour and rates", null);
    static final Subject RATE_TRIGGER = new Subject("rateTrigger", "Rate trigger", "Behaviour and rates", null);
    static final List<Subject> SUBJECTS = subjects();

    private final Div row = new Div();
    private final Div inputs = new Div();
    private Supplier<Rule> read;

    RuleBuilderCondition(RuleBuilderContext ctx, RuleBuilderGroup parent, Rule rule) {
        super(ctx, parent);
        addClassName("pl-seg-condition");
        row.addClassName("pl-seg-row");
        inputs.addClassName("pl-seg-inputs");
        read = () -> rule;
        if (rule instanceof UnknownRule unknown) {
            addClassName("pl-seg-unknown");
            var what = new Span(new Icon(VaadinIcon.QUESTION_CIRCLE_O), new Span("A condition this version cannot use: "
                    + unknown.reason() + ". Remove it, or save will be refused."));
            what.addClassName("pl-seg-unknown-text");
            row.add(what, tools());
        } else {
            var subject = new Select<Subject>();
            List<Subject> offered = ctx.behaviour() ? SUBJECTS
                    : SUBJECTS.stream().filter(x -> !x.equals(ACTIVITY)).toList();
            subject.setItems(offered);
            subject.setItemLabelGenerator(Subject::label);
            subject.setAriaLabel("Condition on");
            subject.addThemeVariants(SelectVariant.SMALL);
            subject.addClassName("pl-seg-subject");
            String heading = "";
            for (Subject s : offered) {
                if (!s.heading().equals(heading)) {
                    heading = s.heading();
                    var h = new Span(heading);
                    h.addClassName("pl-seg-subject-heading");
                    subject.prependComponents(s, h);
                }
            }
            subject.setValue(subjectOf(rule));
            subject.setReadOnly(ctx.readOnly());
            subject.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    show(defaultRule(e.getValue()));
                    ctx.changed().run();
                }
            });
            row.add(subject, inputs, tools());
            show(rule);
        }
        add(row, problemArea());
    }

    @Override
    public Rule rule() {
        return read.get();
    }

    /** A fresh condition: the state, the most common first question. */
    static Rule defaultRule() {
        return defaultRule(subjectOf(LeadAttribute.STATE));
    }

    static Rule defaultRule(Subject s) {
        if (s.equals(ACTIVITY)) {
            return ActivityCondition.atLeast(1, null, 30);
        }
        if (s.equals(RATE_TRIGGER)) {
            return new RateTrigger(50);
        }
        LeadAttribute f = java.util.Objects.requireNonNull(s.field());
        Operator op = switch (f.kind()) {
            case DATE -> Operator.IN_LAST_DAYS;
            case DAYS -> Operator.AT_MOST;
            default -> f.operators().iterator().next();
        };
        return new FieldCondition(f, op, f.kind() == ValueKind.BOOLEAN ? List.of("true")
                : RuleBuilderValues.adapt(op, List.of()));
    }

    public static Subject subjectOf(LeadAttribute field) {
        return SUBJECTS.stream().filter(s -> s.field() == field).findFirst().orElseThrow();
    }

    private static Subject subjectOf(Rule rule) {
        return switch (rule) {
            case FieldCondition f -> subjectOf(f.field());
            case ActivityCondition a -> ACTIVITY;
            case RateTrigger t -> RATE_TRIGGER;
            case RuleGroup g -> throw new IllegalArgumentException("a group is not a condition");
            case UnknownRule u -> throw new IllegalArgumentException("an unknown rule has no subject");
        };
    }

    private void show(Rule rule) {
        inputs.removeAll();
        switch (rule) {
            case FieldCondition f -> showField(f.field(), f.operator(), f.values());
            case ActivityCondition a -> showActivity(a);
            case RateTrigger t -> showRateTrigger(t);
            default -> throw new IllegalArgumentException("not a condition: " + rule);
        }
    }

    private void showField(LeadAttribute field, Operator op, List<String> values) {
        inputs.removeAll();
        List<Operator> ops = new ArrayList<>(field.operators());
        if (!ops.contains(op)) {
            ops.add(op); // saved by an older version: kept so the validator's message makes sense
        }
        var operator = new Select<Operator>();
        operator.setItems(ops);
        operator.setItemLabelGenerator(o -> o.label(field.kind()));
        operator.setValue(op);
        operator.setAriaLabel(field.label() + " comparison");
        operator.addThemeVariants(SelectVariant.SMALL);
        operator.addClassName("pl-seg-operator");
        // As wide as its longest label: "≥" needs little room, "in the last N days" a lot.
        int longest = ops.stream().mapToInt(o -> o.label(field.kind()).length()).max().orElse(4);
        operator.setWidth(Math.max(5.5, Math.round((longest * 0.55 + 3) * 2) / 2.0) + "rem");
        operator.setReadOnly(ctx.readOnly());
        var valueInputs = new RuleBuilderValues(ctx, field, op, values);
        if (ops.size() == 1 && op == Operator.IS) {
            inputs.add(RuleBuilderValues.words("is"));
        } else {
            inputs.add(operator);
        }
        valueInputs.inputs().forEach(inputs::add);
        read = () -> new FieldCondition(field, op, valueInputs.values());
        operator.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showField(field, e.getValue(), valueInputs.values());
                ctx.changed().run();
            }
        });
    }

    private void showActivity(ActivityCondition a) {
        var mode = new Select<Boolean>();
        mode.setItems(false, true);
        mode.setItemLabelGenerator(none -> none ? "no" : "at least");
        mode.setValue(a.none());
        mode.setAriaLabel("At least or none");
        mode.addThemeVariants(SelectVariant.SMALL);
        mode.addClassName("pl-seg-mode");
        var count = integer(a.count(), "Number of events", null, "pl-seg-events");
        count.setMin(1);
        count.setVisible(!a.none());
        var type = new Select<EventType>();
        type.setItems(EventType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("events of any type");
        type.setItemLabelGenerator(t -> t == null ? "events of any type"
                : t.label().toLowerCase(Locale.ROOT) + " events");
        type.setValue(a.eventType());
        type.setAriaLabel("Event type");
        type.addThemeVariants(SelectVariant.SMALL);
        type.addClassName("pl-seg-event");
        var days = integer(a.days(), "Days", "days", "pl-seg-days");
        days.setMin(1);
        for (var input : List.of(mode, type)) {
            input.setReadOnly(ctx.readOnly());
        }
        inputs.add(mode, count, type, RuleBuilderValues.words("in the last"), days);
        read = () -> new ActivityCondition(Boolean.TRUE.equals(mode.getValue()), type.getValue(),
                count.getValue() == null ? 0 : count.getValue(), days.getValue() == null ? 0 : days.getValue());
        mode.addValueChangeListener(e -> {
            count.setVisible(!Boolean.TRUE.equals(e.getValue()));
            if (count.getValue() == null || count.getValue() < 1) {
                count.setValue(1);
            }
            ctx.changed().run();
        });
        type.addValueChangeListener(e -> ctx.changed().run());
    }

    private void showRateTrigger(RateTrigger t) {
        var bps = integer(t.basisPoints(), "Basis points above today's rate", "bps", "pl-seg-bps");
        bps.setMin(0);
        bps.setMax(RuleValidator.MAX_BASIS_POINTS);
        inputs.add(RuleBuilderValues.words("note rate at least"), bps,
                RuleBuilderValues.words("above today's rate for the lead's product"));
        read = () -> new RateTrigger(bps.getValue() == null ? -1 : bps.getValue());
    }

    private IntegerField integer(int value, String label, @Nullable String suffix, String className) {
        var input = new IntegerField();
        input.setValue(value);
        input.setAriaLabel(label);
        if (suffix != null) {
            input.setSuffixComponent(new Span(suffix));
        }
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.addThemeVariants(TextFieldVariant.SMALL);
        input.addClassName(className);
        input.setReadOnly(ctx.readOnly());
        input.addValueChangeListener(e -> ctx.changed().run());
        return input;
    }

    private static List<Subject> subjects() {
        Map<String, List<LeadAttribute>> groups = new LinkedHashMap<>();
        groups.put("Borrower and property", List.of(LeadAttribute.STATE, LeadAttribute.COUNTY, LeadAttribute.ZIP,
                LeadAttribute.FIRST_TIME_BUYER, LeadAttribute.VETERAN, LeadAttribute.ANNUAL_INCOME,
                LeadAttribute.PROPERTY_VALUE));
        groups.put("Loan and credit", List.of(LeadAttribute.LOAN_PURPOSE, LeadAttribute.LOAN_PROGRAM,
                LeadAttribute.LOAN_AMOUNT, LeadAttribute.CURRENT_RATE, LeadAttribute.CREDIT_BAND,
                LeadAttribute.CREDIT_SCORE, LeadAttribute.DTI, LeadAttribute.LTV));
        groups.put("Pipeline", List.of(LeadAttribute.STAGE, LeadAttribute.SOURCE, LeadAttribute.ASSIGNED_LO,
                LeadAttribute.RECEIVED_DATE, LeadAttribute.DAYS_SINCE_RECEIVED, LeadAttribute.DAYS_SINCE_ACTIVITY));
        groups.put("Consent", List.of(LeadAttribute.EMAILABLE, LeadAttribute.SMS_OK, LeadAttribute.CALLABLE));
        Set<LeadAttribute> placed = EnumSet.noneOf(LeadAttribute.class);
        groups.values().forEach(placed::addAll);
        List<LeadAttribute> rest = EnumSet.complementOf(EnumSet.copyOf(placed)).stream().toList();
        if (!rest.isEmpty()) {
            groups.put("Other fields", rest); // a field added to the model before it gets a place here
        }
        List<Subject> out = new ArrayList<>();
        groups.forEach((heading, fields) -> fields.forEach(f -> out.add(new Subject(f.key(), f.label(), heading,
                f))));
        out.add(ACTIVITY);
        out.add(RATE_TRIGGER);
        return List.copyOf(out);
    }
}
