package com.porchlight.rate.ui;

import com.porchlight.base.ui.chart.LineChart;
import com.porchlight.base.ui.chart.LineChartSvg;
import com.porchlight.base.ui.chart.TimeSeries;
import com.porchlight.rate.MarketRate;
import com.porchlight.rate.MarketRateService;
import com.porchlight.rate.RateFormat;
import com.porchlight.rate.RateProduct;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rates' history: one stepped line per chosen product (a rate holds until the next entry) over a chosen range. */
class RateHistoryChart extends Composite<Div> {

    enum Range {
        MONTHS_3("3 months", Period.ofMonths(3)), YEAR_1("1 year", Period.ofYears(1)),
        YEARS_2("2 years", Period.ofYears(2));

        final String label;
        final Period period;

        Range(String label, Period period) {
            this.label = label;
            this.period = period;
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US)
            .withZone(ZoneOffset.UTC);

    final CheckboxGroup<RateProduct> products = new CheckboxGroup<>();
    final RadioButtonGroup<Range> range = new RadioButtonGroup<>();
    final LineChart chart = new LineChart();
    private final MarketRateService rates;
    private final Clock clock;

    RateHistoryChart(MarketRateService rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
        var root = getContent();
        root.addClassName("pl-rate-history");

        products.setAriaLabel("Products in the chart");
        products.setItems(RateProduct.values());
        products.setItemLabelGenerator(RateProduct::shortLabel);
        products.setValue(EnumSet.of(RateProduct.CONV_30_FIXED, RateProduct.CONV_15_FIXED, RateProduct.FHA_30_FIXED,
                RateProduct.JUMBO_30_FIXED));
        range.setAriaLabel("Range");
        range.setItems(Range.values());
        range.setItemLabelGenerator(r -> r.label);
        range.setValue(Range.YEAR_1);
        products.addValueChangeListener(e -> refresh());
        range.addValueChangeListener(e -> refresh());

        var title = new H3("History");
        var heading = new HorizontalLayout(title, range);
        heading.addClassName("pl-rate-history-controls");
        heading.setFlexGrow(1, title);
        root.add(heading, products, chart);
        refresh();
    }

    void refresh() {
        Instant now = clock.instant();
        Range chosen = range.getValue() == null ? Range.YEAR_1 : range.getValue();
        Instant from = now.atZone(ZoneOffset.UTC).minus(chosen.period).toInstant();
        Set<RateProduct> shown = products.getValue();
        List<TimeSeries> series = new ArrayList<>();
        for (RateProduct product : RateProduct.values()) {
            if (!shown.contains(product)) {
                continue;
            }
            List<TimeSeries.Point> points = new ArrayList<>();
            // The entry in force when the range begins starts the line at its left edge.
            rates.asOf(product, from).ifPresent(r -> points.add(point(r, from)));
            rates.history(product, from).forEach(r -> points.add(point(r, r.effectiveAt())));
            series.add(new TimeSeries(product.shortLabel(), points, product.ordinal()));
        }
        chart.show(series, LineChartSvg.Options.of("Market rates over the last " + chosen.label)
                .withUnit("%").withShape(LineChartSvg.Shape.STEP).withRange(from, now)
                .withFormat(v -> RateFormat.percent(BigDecimal.valueOf(v)))
                .withEmptyText(shown.isEmpty() ? "Choose at least one product." : "No rates in this range yet.")
                .withSize(1000, 320));
    }

    private static TimeSeries.Point point(MarketRate r, Instant at) {
        return new TimeSeries.Point(at, r.rate().doubleValue(), r.product().shortLabel() + ": "
                + RateFormat.percent(r.rate()) + " (APR " + RateFormat.percent(r.apr()) + ") from "
                + DAY.format(r.effectiveAt()));
    }
}
