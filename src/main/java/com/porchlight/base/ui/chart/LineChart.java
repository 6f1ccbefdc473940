package com.porchlight.base.ui.chart;

import java.util.List;

/**
 * A line chart of values over time, rendered on the server as SVG. Call {@link #show(List, LineChartSvg.Options)}
 * with the series and options whenever the data changes; the options' width is used until the browser has told the
 * chart its real width.
 */
public class LineChart extends SvgChart {

    private List<TimeSeries> series = List.of();
    private LineChartSvg.Options options = LineChartSvg.Options.of("");

    public LineChart() {
        getContent().addClassName("pl-line-chart");
    }

    public void show(List<TimeSeries> newSeries, LineChartSvg.Options newOptions) {
        series = List.copyOf(newSeries);
        options = newOptions;
        refresh();
    }

    @Override
    protected String render(int width) {
        return LineChartSvg.render(series, width > 0 ? options.withSize(width, options.height()) : options);
    }
}
