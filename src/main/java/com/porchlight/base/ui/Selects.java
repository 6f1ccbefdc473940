package com.porchlight.base.ui;

import com.vaadin.flow.component.select.Select;
import java.util.function.Function;

/** Select fields the console builds the same way in several forms. */
public final class Selects {

    private Selects() {
    }

    /** A select whose empty choice reads "Not specified" (metadata the rules treat as unknown). */
    public static <T> Select<T> optional(String label, T[] values, Function<T, String> labels) {
        var select = new Select<T>();
        select.setLabel(label);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Not specified");
        select.setItemLabelGenerator(v -> v == null ? "Not specified" : labels.apply(v));
        return select;
    }
}
