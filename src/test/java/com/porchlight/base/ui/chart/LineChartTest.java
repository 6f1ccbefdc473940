package com.porchlight.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart component: shows the rendered SVG and draws it again at the width the browser reports. */
class LineChartTest {

    @Test
    void the_chart_is_drawn_again_at_the_width_the_browser_reports() {
        var chart = new LineChart();
        chart.show(List.of(new TimeSeries("r", List.of(new TimeSeries.Point(Instant.parse("2026-01-01T00:00:00Z"),
                6.3)))), LineChartSvg.Options.of("Rates").withSize(1000, 320));
        assertThat(chart.markup()).contains("viewBox=\"0 0 1000 320\"");
        assertThat(chart.getElement().getProperty("innerHTML")).isEqualTo(chart.markup());

        chart.widthChanged(640);
        assertThat(chart.markup()).contains("viewBox=\"0 0 640 320\"");
        chart.widthChanged(90);
        assertThat(chart.markup()).as("never drawn narrower than readable").contains("viewBox=\"0 0 320 320\"");
    }
}
