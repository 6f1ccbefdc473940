package com.porchlight.base.ui.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Svg;

/**
 * Base of the chart components: shows server-rendered SVG markup inline (Flow's {@link Svg} sets it as the inner HTML
 * of a div, so tooltips work without client-side code). The SVG scales with its viewBox; in addition the browser
 * reports the chart's width whenever it settles on a new one (a ResizeObserver: first layout, window resize, the menu
 * drawer opening), and the chart is drawn again at that width, so its text keeps its size in a narrow column.
 */
public abstract class SvgChart extends Composite<Svg> implements HasSize {

    /** Debounced: a window being dragged wider reports once it stops. */
    private static final String OBSERVE_WIDTH = """
            const el = this;
            if (el.__plWidthObserver) { return; }
            let last = 0;
            let timer;
            el.__plWidthObserver = new ResizeObserver(entries => {
              const width = Math.round(entries[0].contentRect.width);
              if (width > 0 && Math.abs(width - last) > 8) {
                clearTimeout(timer);
                timer = setTimeout(() => { last = width; el.$server.widthChanged(width); }, 120);
              }
            });
            el.__plWidthObserver.observe(el);
            """;

    private String markup = "";
    private int measuredWidth;

    protected SvgChart() {
        getContent().addClassName("pl-chart");
        setWidthFull();
    }

    /** Renders the chart for a drawing {@code width} pixels wide (0: the chart's own default width). */
    protected abstract String render(int width);

    /** Renders again (the data changed). */
    protected void refresh() {
        markup = render(measuredWidth);
        getContent().setSvg(markup);
    }

    /** The SVG shown now (for tests and exports). */
    public String markup() {
        return markup;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        getElement().executeJs(OBSERVE_WIDTH);
    }

    @ClientCallable
    void widthChanged(int width) {
        // Below this the chart would be unreadable however it is drawn; the viewBox scales it down instead.
        int usable = Math.max(width, 320);
        if (usable != measuredWidth) {
            measuredWidth = usable;
            refresh();
        }
    }
}
