package com.porchlight.base.ui.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Svg;

/**
 * Base of the chart components: shows server-rendered SVG markup inline (Flow's {@link Svg} sets it as the inner HTML
 * of a div, so the SVG scales with the page and its tooltips work without any client-side code).
 */
public abstract class SvgChart extends Composite<Svg> implements HasSize {

    private String markup = "";

    protected SvgChart() {
        getContent().addClassName("pl-chart");
        setWidthFull();
    }

    protected void show(String svg) {
        markup = svg;
        getContent().setSvg(svg);
    }

    /** The SVG shown now (for tests and exports). */
    public String markup() {
        return markup;
    }
}
