package com.porchlight.segment.rulebuilder;

import com.porchlight.segment.SegmentOption;
import com.porchlight.segment.rule.LeadAttribute;
import com.porchlight.segment.rule.Operator;
import com.porchlight.segment.rule.ValueKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePickerVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The value part of a field condition: the inputs that suit the field's kind and the operator's arity, read back as
 * the rule's canonical text (enum names, plain decimals, ISO dates, ids, {@code true}/{@code false}). A value the
 * inputs cannot show — a choice or an id that no longer exists — is kept and labelled, never dropped.
 */
final class RuleBuilderValues {

    private final RuleBuilderContext ctx;
    private final LeadAttribute field;
    private final List<Component> inputs = new ArrayList<>();
    private Supplier<List<String>> read = List::of;

    RuleBuilderValues(RuleBuilderContext ctx, LeadAttribute field, Operator op, List<String> values) {
        this.ctx = ctx;
        this.field = field;
        List<String> v = adapt(op, values);
        switch (op.arity()) {
            case NONE -> read = List::of;
            case SOME -> {
                switch (field.kind()) {
                    case CHOICE, RANKED_CHOICE -> choices(v);
                    case REFERENCE -> references(v);
                    default -> commaSeparated(v);
                }
            }
            case ONE -> {
                Supplier<String> one = single(op, v.getFirst(), "Value");
                read = () -> List.of(one.get());
            }
            case TWO -> {
                Supplier<String> low = single(op, v.get(0), "From");
                inputs.add(words("and"));
                Supplier<String> high = single(op, v.get(1), "To");
                read = () -> List.of(low.get(), high.get());
            }
        }
    }

    List<Component> inputs() {
        return inputs;
    }

    List<String> values() {
        return read.get();
    }

    /** The values carried over to another operator: as many as it takes, blanks where there are none yet. */
    static List<String> adapt(Operator op, List<String> values) {
        return switch (op.arity()) {
            case NONE -> List.of();
            case ONE -> List.of(values.isEmpty() ? "" : values.getFirst());
            case TWO -> List.of(values.isEmpty() ? "" : values.getFirst(), values.size() < 2 ? "" : values.get(1));
            case SOME -> values.stream().filter(s -> !s.isBlank()).toList();
        };
    }

    // ---- the inputs ----------------------------------------------------------------------------------------------

    private void choices(List<String> values) {
        List<LeadAttribute.Choice> items = new ArrayList<>(field.choices());
        for (String v : values) {
            if (items.stream().noneMatch(c -> c.value().equals(v))) {
                items.add(new LeadAttribute.Choice(v, v + " (no longer exists)"));
            }
        }
        var box = multi(items, LeadAttribute.Choice::label);
        box.setValue(items.stream().filter(c -> values.contains(c.value())).toList());
        read = () -> box.getSelectedItems().stream().sorted(Comparator.comparingInt(items::indexOf))
                .map(LeadAttribute.Choice::value).toList();
        listen(box);
    }

    private void references(List<String> values) {
        List<SegmentOption> items = new ArrayList<>(field == LeadAttribute.SOURCE ? ctx.sources()
                : ctx.loanOfficers());
        List<SegmentOption> chosen = new ArrayList<>();
        for (String v : values) {
            long id;
            try {
                id = Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                continue; // not an id at all: the validator has already said so, and the input cannot show it
            }
            SegmentOption known = items.stream().filter(o -> o.id() == id).findFirst().orElse(null);
            if (known == null) {
                known = new SegmentOption(id, "#" + id + " (no longer exists)");
                items.add(known);
            }
            chosen.add(known);
        }
        var box = multi(items, SegmentOption::name);
        box.setValue(chosen);
        read = () -> box.getSelectedItems().stream().sorted(Comparator.comparingInt(items::indexOf))
                .map(o -> Long.toString(o.id())).toList();
        listen(box);
    }

    private <T> MultiSelectComboBox<T> multi(List<T> items, com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        var box = new MultiSelectComboBox<T>();
        box.setItems(items);
        box.setItemLabelGenerator(label);
        box.setAriaLabel(field.label() + " values");
        box.setPlaceholder("Choose…");
        box.setSelectedItemsOnTop(true);
        box.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        box.addThemeVariants(MultiSelectComboBoxVariant.SMALL);
        box.addClassName("pl-seg-multi");
        box.setReadOnly(ctx.readOnly());
        inputs.add(box);
        return box;
    }

    private void commaSeparated(List<String> values) {
        var text = new TextField();
        text.setValue(String.join(", ", values));
        text.setPlaceholder(field.kind() == ValueKind.PREFIX ? "e.g. 787, 9021" : "e.g. Travis, Harris");
        text.setTooltipText("Separate several values with commas");
        text.setAriaLabel(field.label() + " values, separated by commas");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addThemeVariants(TextFieldVariant.SMALL);
        text.addClassName("pl-seg-text");
        text.setReadOnly(ctx.readOnly());
        read = () -> Arrays.stream(text.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        listen(text);
        inputs.add(text);
    }

    /** One value input; returns how to read it. */
    private Supplier<String> single(Operator op, String value, String which) {
        if (op == Operator.IN_LAST_DAYS || field.kind() == ValueKind.DAYS) {
            return days(value, which);
        }
        return switch (field.kind()) {
            case BOOLEAN -> yesNo(value);
            case CHOICE, RANKED_CHOICE -> oneChoice(value);
            case NUMBER -> number(value, which);
            case DATE -> date(value, which);
            default -> text(value, which);
        };
    }

    private Supplier<String> yesNo(String value) {
        var select = new Select<String>();
        select.setItems("true", "false");
        select.setItemLabelGenerator(v -> v.equals("true") ? "yes" : "no");
        select.setValue(value.equals("false") ? "false" : "true");
        select.setAriaLabel(field.label());
        select.addThemeVariants(SelectVariant.SMALL);
        select.addClassName("pl-seg-yes-no");
        select.setReadOnly(ctx.readOnly());
        listen(select);
        inputs.add(select);
        return () -> select.getValue() == null ? "" : select.getValue();
    }

    private Supplier<String> oneChoice(String value) {
        List<LeadAttribute.Choice> items = new ArrayList<>(field.choices());
        if (!value.isBlank() && items.stream().noneMatch(c -> c.value().equals(value))) {
            items.add(new LeadAttribute.Choice(value, value + " (no longer exists)"));
        }
        var select = new Select<LeadAttribute.Choice>();
        select.setItems(items);
        select.setItemLabelGenerator(LeadAttribute.Choice::label);
        select.setPlaceholder("Choose…");
        items.stream().filter(c -> c.value().equals(value)).findFirst().ifPresent(select::setValue);
        select.setAriaLabel(field.label() + " value");
        select.addThemeVariants(SelectVariant.SMALL);
        select.addClassName("pl-seg-one-choice");
        select.setReadOnly(ctx.readOnly());
        listen(select);
        inputs.add(select);
        return () -> select.getValue() == null ? "" : select.getValue().value();
    }

    private Supplier<String> number(String value, String which) {
        var input = new BigDecimalField();
        input.setValue(decimal(value));
        input.setAriaLabel(field.label() + " " + which.toLowerCase());
        input.setPlaceholder(which.equals("Value") ? "" : which.toLowerCase());
        switch (field) {
            case ANNUAL_INCOME, LOAN_AMOUNT, PROPERTY_VALUE -> input.setPrefixComponent(new Span("$"));
            case DTI, LTV, CURRENT_RATE -> input.setSuffixComponent(new Span("%"));
            default -> { }
        }
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.addThemeVariants(TextFieldVariant.SMALL);
        input.addClassName("pl-seg-number");
        input.setReadOnly(ctx.readOnly());
        listen(input);
        inputs.add(input);
        return () -> input.getValue() == null ? "" : input.getValue().toPlainString();
    }

    private Supplier<String> date(String value, String which) {
        var input = new DatePicker();
        input.setValue(localDate(value));
        input.setAriaLabel(field.label() + " " + which.toLowerCase());
        input.setPlaceholder("YYYY-MM-DD");
        input.addThemeVariants(DatePickerVariant.SMALL);
        input.addClassName("pl-seg-date");
        input.setReadOnly(ctx.readOnly());
        listen(input);
        inputs.add(input);
        return () -> input.getValue() == null ? "" : input.getValue().toString();
    }

    private Supplier<String> days(String value, String which) {
        var input = new IntegerField();
        input.setValue(integer(value));
        input.setAriaLabel(field.label() + " " + which.toLowerCase() + " (days)");
        input.setSuffixComponent(new Span("days"));
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.addThemeVariants(TextFieldVariant.SMALL);
        input.addClassName("pl-seg-days");
        input.setReadOnly(ctx.readOnly());
        listen(input);
        inputs.add(input);
        return () -> input.getValue() == null ? "" : input.getValue().toString();
    }

    private Supplier<String> text(String value, String which) {
        var input = new TextField();
        input.setValue(value);
        input.setAriaLabel(field.label() + " " + which.toLowerCase());
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.addThemeVariants(TextFieldVariant.SMALL);
        input.addClassName("pl-seg-text");
        input.setReadOnly(ctx.readOnly());
        listen(input);
        inputs.add(input);
        return input::getValue;
    }

    private void listen(HasValue<?, ?> input) {
        input.addValueChangeListener(e -> ctx.changed().run());
    }

    static Span words(String text) {
        var s = new Span(text);
        s.addClassName("pl-seg-words");
        return s;
    }

    private static @Nullable BigDecimal decimal(String v) {
        try {
            return v.isBlank() ? null : new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable LocalDate localDate(String v) {
        try {
            return v.isBlank() ? null : LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Integer integer(String v) {
        try {
            return v.isBlank() ? null : Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
