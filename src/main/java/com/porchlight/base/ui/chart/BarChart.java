package com.porchlight.base.ui.chart;

import java.util.List;

/** A bar chart (grouped bars, e.g. a histogram of two models' scores), rendered on the server as SVG. */
public class BarChart extends SvgChart {

    private List<BarChartSvg.Category> categories = List.of();
    private List<BarChartSvg.Series> series = List.of();
    private List<BarChartSvg.Marker> markers = List.of();
    private BarChartSvg.Options options = BarChartSvg.Options.of("");

    public BarChart() {
        getContent().addClassName("pl-bar-chart");
    }

    public void show(List<BarChartSvg.Category> newCategories, List<BarChartSvg.Series> newSeries,
            List<BarChartSvg.Marker> newMarkers, BarChartSvg.Options newOptions) {
        categories = List.copyOf(newCategories);
        series = List.copyOf(newSeries);
        markers = List.copyOf(newMarkers);
        options = newOptions;
        refresh();
    }

    @Override
    protected String render(int width) {
        return BarChartSvg.render(categories, series, markers, width > 0 ? options.withSize(width, options.height())
                : options);
    }
}
