package com.porchlight.scoring.ui;

import com.porchlight.lead.EventType;
import com.porchlight.scoring.IntentRule;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/** One intent rule as a row of the table: event type, points per event, cap and look-back window. */
final class IntentRuleRow extends Div {

    final Select<EventType> eventType = new Select<>();
    final IntegerField points = new IntegerField();
    final IntegerField cap = new IntegerField();
    final IntegerField window = new IntegerField();
    private final Div problems = new Div();

    IntentRuleRow(IntentRule rule, boolean readOnly, Runnable changed, 
            java.util.function.Consumer<IntentRuleRow> remove) {
        addClassName("pl-score-intent-row");
        eventType.setItems(EventType.values());
        eventType.setItemLabelGenerator(EventType::label);
        eventType.setValue(rule.eventType());
        eventType.setAriaLabel("Event type");
        eventType.addClassName("pl-score-intent-type");
        eventType.setReadOnly(readOnly);
        eventType.addValueChangeListener(e -> {
            label();
            changed.run();
        });
        number(points, rule.points(), "pl-score-intent-points", readOnly, changed);
        number(cap, rule.cap(), "pl-score-intent-cap", readOnly, changed);
        number(window, rule.windowDays(), "pl-score-intent-window", readOnly, changed);
        points.setPrefixComponent(new Span("+"));
        window.setSuffixComponent(new Span("days"));
        label();
        problems.addClassName("pl-score-intent-problems");
        problems.setVisible(false);
        var cells = new Div(eventType, points, cap, window);
        cells.addClassName("pl-score-intent-cells");
        if (!readOnly) {
            Button delete = DraftEditor.tool(VaadinIcon.CLOSE_SMALL, "Remove intent rule");
            delete.addThemeVariants(ButtonVariant.ERROR);
            delete.addClickListener(e -> remove.accept(this));
            cells.add(delete);
        }
        add(cells, problems);
    }

    private static void number(IntegerField field, int value, String className, boolean readOnly, Runnable changed) {
        field.setValue(value);
        field.addClassName(className);
        field.setReadOnly(readOnly);
        field.setManualValidation(true);
        field.addValueChangeListener(e -> changed.run());
    }

    /** Labels for screen readers (and tests) that name the event type, since the table's header is visual only. */
    private void label() {
        String what = eventType.getValue() == null ? "new intent rule" : eventType.getValue().label();
        points.setAriaLabel("Points per event of " + what);
        cap.setAriaLabel("Cap of " + what);
        window.setAriaLabel("Window in days of " + what);
    }

    /** The rule as the row reads, or null while a number is missing (the editor says which). */
    IntentRule rule() {
        return new IntentRule(eventType.getValue() == null ? EventType.PAGE_VIEW : eventType.getValue(),
                value(points), value(cap), value(window));
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    void clearProblems() {
        eventType.setInvalid(false);
        points.setInvalid(false);
        cap.setInvalid(false);
        window.setInvalid(false);
        problems.removeAll();
        problems.setVisible(false);
    }

    void problem(String message) {
        problems.add(DraftEditor.problemLine(message));
        problems.setVisible(true);
    }

    /** Marks the field at fault; the message itself goes on the row's own line, wider than any cell. */
    void problem(com.vaadin.flow.component.HasValidation field, String message) {
        field.setInvalid(true);
        problem(message);
    }
}
