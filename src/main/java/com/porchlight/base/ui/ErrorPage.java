package com.porchlight.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The frame every error page shares: the brand, a headline, a sentence and the way back. */
abstract class ErrorPage extends Div {

    private final H2 headline = new H2();
    private final Paragraph explanation = new Paragraph();

    ErrorPage() {
        addClassName("pl-error-page");
        var back = new Anchor("", "Back to the home page");
        var card = new Div(MainLayout.brand(), headline, explanation, back);
        card.addClassName("pl-error-card");
        add(card);
    }

    void show(String title, String text) {
        headline.setText(title);
        explanation.setText(text);
    }
}
