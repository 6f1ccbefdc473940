package com.porchlight.creative.ui;

import com.porchlight.creative.CreativeField;
import com.porchlight.creative.FieldSpec;
import com.porchlight.creative.HtmlSanitiser;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One field of a channel's editor: a text field or area with a counter against the platform's limit (red when over),
 * or, for repeated fields such as a search ad's headlines, a list of rows the author adds and removes. Under it, the
 * pre-check's highlights and the reviewers' comments that point at it.
 */
class FieldEditor extends Div {

    static final int DEBOUNCE_MS = 400;

    private final FieldSpec spec;
    private final Runnable onChange;
    private final Div rows = new Div();
    private final List<Row> rowList = new ArrayList<>();
    private final Button add;
    final Div highlight = new Div();
    final Div comments = new Div();
    private boolean readOnly;

    /** One item: its input and counter. */
    private final class Row extends Div {
        final AbstractField<?, String> input;
        final Span counter = new Span();
        final Button remove;

        Row(int index) {
            addClassName("pl-cr-row");
            input = createInput(index);
            remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL), e -> removeRow(this));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setAriaLabel("Remove " + spec.label().toLowerCase() + " " + (index + 1));
            remove.setTooltipText("Remove");
            remove.setVisible(spec.repeated());
            counter.addClassName("pl-cr-counter");
            var line = new Div((Component) input, remove);
            line.addClassName("pl-cr-row-line");
            add(line, counter);
            input.addValueChangeListener(e -> {
                updateCounter();
                onChange.run();
            });
            updateCounter();
        }

        String value() {
            return input.getValue();
        }

        void updateCounter() {
            String v = input.getValue();
            int length = spec.html() ? HtmlSanitiser.visibleText(v).length() : v.length();
            boolean over = length > spec.maxChars();
            if (spec.field() == CreativeField.SMS_TEXT) {
                counter.setText(SmsCount.of(v).describe() + (over ? " — over the limit of " + spec.maxChars() : ""));
            } else if (spec.html()) {
                counter.setText(String.format("%,d characters of visible text", length)
                        + (over ? " — over the limit of " + String.format("%,d", spec.maxChars()) : ""));
            } else {
                counter.setText(length + " / " + spec.maxChars());
            }
            counter.getElement().setAttribute("data-over", over ? "true" : "false");
            ((com.vaadin.flow.component.HasValidation) input).setInvalid(over);
            if (over) {
                ((com.vaadin.flow.component.HasValidation) input).setErrorMessage(
                        (length - spec.maxChars()) + " characters over the limit of " + spec.maxChars());
            }
        }

        void relabel(int index) {
            ((com.vaadin.flow.component.HasLabel) input).setLabel(label(index));
            remove.setAriaLabel("Remove " + spec.label().toLowerCase() + " " + (index + 1));
        }
    }

    FieldEditor(FieldSpec spec, Runnable onChange) {
        this.spec = spec;
        this.onChange = onChange;
        addClassName("pl-cr-field");
        getElement().setAttribute("data-field", spec.field().name());
        rows.addClassName("pl-cr-rows");
        add = new Button("Add " + spec.label().toLowerCase(), new Icon(VaadinIcon.PLUS), e -> {
            addRow("");
            ((com.vaadin.flow.component.Focusable<?>) rowList.getLast().input).focus();
            onChange.run();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        add.setVisible(spec.repeated());
        highlight.addClassName("pl-highlight");
        highlight.setVisible(false);
        comments.addClassName("pl-cr-field-comments");
        comments.setVisible(false);
        add(rows, add, highlight, comments);
        setItems(List.of());
    }

    FieldSpec spec() {
        return spec;
    }

    private String label(int index) {
        String base = spec.label() + (spec.repeated() ? " " + (index + 1) : "");
        if (spec.minItems() == 0 || (spec.repeated() && index >= spec.minItems())) {
            return base + " (optional)";
        }
        return base;
    }

    private AbstractField<?, String> createInput(int index) {
        boolean area = spec.html() || spec.maxChars() > 150;
        if (area) {
            var a = new TextArea(label(index));
            a.setWidthFull();
            a.setValueChangeMode(ValueChangeMode.TIMEOUT);
            a.setValueChangeTimeout(DEBOUNCE_MS);
            if (spec.html()) {
                a.setHelperText("HTML. Scripts, event handlers, forms and tracking pixels are removed before it is "
                        + "previewed or saved.");
                a.addClassName("pl-cr-html");
            }
            return a;
        }
        var f = new TextField(label(index));
        f.setWidthFull();
        f.setValueChangeMode(ValueChangeMode.TIMEOUT);
        f.setValueChangeTimeout(DEBOUNCE_MS);
        return f;
    }

    private void addRow(String value) {
        var row = new Row(rowList.size());
        row.input.setValue(value);
        row.input.setReadOnly(readOnly);
        row.remove.setEnabled(!readOnly);
        rowList.add(row);
        rows.add(row);
        refreshButtons();
    }

    private void removeRow(Row row) {
        rowList.remove(row);
        rows.remove(row);
        for (int i = 0; i < rowList.size(); i++) {
            rowList.get(i).relabel(i);
        }
        refreshButtons();
        onChange.run();
    }

    private void refreshButtons() {
        add.setEnabled(!readOnly && rowList.size() < spec.maxItems());
        add.setText(rowList.size() >= spec.maxItems() ? "At most " + spec.maxItems() + " " + plural()
                : "Add " + spec.label().toLowerCase());
        rowList.forEach(r -> r.remove.setEnabled(!readOnly && rowList.size() > 1));
    }

    private String plural() {
        return spec.label().toLowerCase() + "s";
    }

    /** The items as written; for repeated fields, one per row. */
    List<String> items() {
        return rowList.stream().map(Row::value).toList();
    }

    /** Shows stored items; repeated fields show at least their required number of rows. */
    void setItems(List<String> items) {
        rowList.clear();
        rows.removeAll();
        int n = spec.repeated() ? Math.max(items.size(), Math.max(spec.minItems(), 1)) : 1;
        for (int i = 0; i < n; i++) {
            addRow(i < items.size() ? items.get(i) : "");
        }
    }

    /** Replaces one item (a one-click fix). */
    void setItem(int index, String value) {
        while (rowList.size() <= index) {
            addRow("");
        }
        rowList.get(index).input.setValue(value);
    }

    String item(int index) {
        return index < rowList.size() ? rowList.get(index).value() : "";
    }

    /** The input of one item, for tests and focus. */
    AbstractField<?, String> input(int index) {
        return rowList.get(index).input;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        rowList.forEach(r -> r.input.setReadOnly(readOnly));
        add.setVisible(spec.repeated() && !readOnly);
        rowList.forEach(r -> r.remove.setVisible(spec.repeated() && !readOnly));
        refreshButtons();
    }

    String itemLabel(int index) {
        return spec.label() + (spec.repeated() ? " " + (index + 1) : "");
    }
}
