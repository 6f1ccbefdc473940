package com.porchlight.base.ui.chart;

import java.util.List;

/** A line chart over a numeric x axis (e.g. an ROC curve), rendered on the server as SVG. */
public class XyChart extends SvgChart {

    private List<XySeries> series = List.of();
    private XyChartSvg.Options options = XyChartSvg.Options.of("");

    public XyChart() {
        getContent().addClassName("pl-xy-chart");
    }

    public void show(List<XySeries> newSeries, XyChartSvg.Options newOptions) {
        series = List.copyOf(newSeries);
        options = newOptions;
        refresh();
    }

    @Override
    protected String render(int width) {
        return XyChartSvg.render(series, width > 0 ? options.withSize(width, options.height()) : options);
    }
}
