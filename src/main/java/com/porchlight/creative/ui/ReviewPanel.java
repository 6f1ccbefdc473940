package com.porchlight.creative.ui;

import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The reviewers' side of a creative (placeholder until the review panel lands; owned by the review change). */
class ReviewPanel extends Composite<VerticalLayout> {

    ReviewPanel(CreativeService creatives, Runnable onChanged) {
    }

    /** Shows the creative as it now stands. */
    void show(CreativeDetail detail) {
    }
}
