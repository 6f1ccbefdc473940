package com.porchlight.base.ui.chart;

import java.util.List;

/** A bar chart (grouped bars, e.g. a histogram of two models' scores), rendered on the server as SVG. */
public class BarChart extends SvgChart {

    public BarChart() {
        getContent().addClassName("pl-bar-chart");
    }

    public void show(List<BarChartSvg.Category> categories, List<BarChartSvg.Series> series,
            List<BarChartSvg.Marker> markers, BarChartSvg.Options options) {
        show(BarChartSvg.render(categories, series, markers, options));
    }
}
