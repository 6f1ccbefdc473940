package com.porchlight.creative.ui;

import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Versions, diffs and the audit timeline of a creative (placeholder until the history panel lands). */
class HistoryPanel extends Composite<VerticalLayout> {

    HistoryPanel(CreativeService creatives) {
    }

    /** Shows the creative as it now stands. */
    void show(CreativeDetail detail) {
    }
}
