package com.porchlight.base.ui.chart;

import java.util.List;

/** A line chart over a numeric x axis (e.g. an ROC curve), rendered on the server as SVG. */
public class XyChart extends SvgChart {

    public XyChart() {
        getContent().addClassName("pl-xy-chart");
    }

    public void show(List<XySeries> series, XyChartSvg.Options options) {
        show(XyChartSvg.render(series, options));
    }
}
