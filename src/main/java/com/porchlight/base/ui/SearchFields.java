package com.porchlight.base.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The filter box above every list: search icon, clear button, and it filters once the user pauses typing. */
public final class SearchFields {

    private SearchFields() {
    }

    public static TextField create(String placeholder) {
        var field = new TextField();
        field.setPlaceholder(placeholder);
        field.setAriaLabel(placeholder);
        field.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }
}
