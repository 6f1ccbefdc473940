package com.porchlight.base.ui.chart;

import java.util.List;

/**
 * A line chart of values over time, rendered on the server as SVG. Call {@link #show(List, LineChartSvg.Options)}
 * with the series and options whenever the data changes.
 */
public class LineChart extends SvgChart {

    public LineChart() {
        getContent().addClassName("pl-line-chart");
    }

    public void show(List<TimeSeries> series, LineChartSvg.Options options) {
        show(LineChartSvg.render(series, options));
    }
}
