/**
 * Server-rendered SVG charts (Vaadin Charts needs a commercial licence and the pre-compiled frontend bundle takes no
 * JavaScript chart add-ons). The markup is plain Java, testable without a browser; the scales, ticks, legend and
 * escaping are shared so bar charts and histograms can sit next to the line chart.
 */
@NullMarked
package com.porchlight.base.ui.chart;

import org.jspecify.annotations.NullMarked;
