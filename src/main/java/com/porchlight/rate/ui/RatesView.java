package com.porchlight.rate.ui;

import com.porchlight.base.ui.Formats;
import com.porchlight.rate.MarketRate;
import com.porchlight.rate.MarketRateService;
import com.porchlight.rate.RateFormat;
import com.porchlight.rate.RateProduct;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Market rates: today's rate and APR per product with their pricing assumptions, the history chart and every entry,
 * for everyone; the entry form for marketers only (the service refuses anyone else anyway).
 */
@Route("rates")
@PageTitle("Market rates")
@Menu(order = 6, icon = "vaadin:chart-line", title = "Market rates")
@RolesAllowed({Roles.ADMIN, Roles.CMO, Roles.COMPLIANCE, Roles.MARKETER, Roles.LOAN_OFFICER})
class RatesView extends Div {

    private final MarketRateService rates;
    private final Clock clock;
    private final Div cards = new Div();
    private final RateHistoryChart history;
    private final Select<RateProduct> filter = new Select<>();
    private final Grid<MarketRate> grid = new Grid<>();

    RatesView(MarketRateService rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
        addClassNames("pl-page", "pl-rates");

        var intro = new Paragraph("Today's rate and APR of each product, as marketing publishes them. Segments' rate"
                + " trigger compares leads' note rates with these; every entry is kept.");
        intro.addClassName("pl-intro");
        cards.addClassName("pl-rate-cards");
        cards.setId("rate-cards");
        history = new RateHistoryChart(rates, clock);

        var middle = new Div(history);
        middle.addClassName("pl-rate-middle");
        if (rates.mayRecord()) {
            middle.add(new RateEntryForm(rates, clock, this::recorded));
            middle.addClassName("pl-rate-middle-with-form");
        }

        filter.setAriaLabel("Product");
        filter.setItems(RateProduct.values());
        filter.setItemLabelGenerator(p -> p == null ? "All products" : p.shortLabel());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption("All products");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var entriesTitle = new H3("All entries");
        var entriesBar = new HorizontalLayout(entriesTitle, filter);
        entriesBar.addClassName("pl-toolbar");
        entriesBar.setFlexGrow(1, entriesTitle);

        grid.addColumn(r -> Formats.MINUTE.format(r.effectiveAt())).setHeader("Effective").setWidth("11rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::scheduled).setHeader("").setKey("scheduled").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> r.product().shortLabel()).setHeader("Product").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(r -> RateFormat.percent(r.rate())).setHeader("Rate").setKey("rate").setWidth("6rem")
                .setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(r -> RateFormat.percent(r.apr())).setHeader("APR").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(RatesView::assumptions).setHeader("Quoted for").setWidth("13rem").setFlexGrow(0);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader("Note").setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(r -> r.note() == null ? "" : r.note());
        grid.addColumn(MarketRate::enteredBy).setHeader("Entered by").setWidth("12rem").setFlexGrow(0)
                .setTooltipGenerator(r -> "Entered " + Formats.SECOND.format(r.enteredAt()));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(query -> rates.entries(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, rates.count(filter.getValue())));
        grid.setEmptyStateText("No rates entered yet.");
        grid.addClassNames("pl-grid", "pl-rate-grid");

        add(intro, cards, middle, entriesBar, grid);
        showCards();
    }

    private void recorded(MarketRate saved) {
        showCards();
        history.refresh();
        grid.getDataProvider().refreshAll();
    }

    private void showCards() {
        cards.removeAll();
        Map<RateProduct, MarketRate> current = rates.current();
        for (RateProduct product : RateProduct.values()) {
            cards.add(card(product, current.get(product)));
        }
    }

    private Card card(RateProduct product, @Nullable MarketRate r) {
        var card = new Card();
        card.addClassName("pl-rate-card");
        card.setTitle(product.shortLabel());
        card.getElement().setAttribute("title", product.label());
        if (r == null) {
            var none = new Span("No rate yet");
            none.addClassName("pl-muted");
            card.add(none);
            return card;
        }
        var rate = new Span(RateFormat.percent(r.rate()));
        rate.addClassName("pl-rate-value");
        var apr = new Span("APR " + RateFormat.percent(r.apr()));
        apr.addClassName("pl-rate-apr");
        var figures = new Div(rate, apr);
        figures.addClassName("pl-rate-figures");
        card.add(figures);
        // The move since the entry before, so "has it changed?" needs no chart.
        rates.asOf(product, r.effectiveAt().minus(1, ChronoUnit.MICROS)).ifPresent(before -> {
            BigDecimal move = r.rate().subtract(before.rate());
            var badge = new Badge(move.signum() == 0 ? "unchanged" : (move.signum() > 0 ? "\u25b2 " : "\u25bc ")
                    + RateFormat.points(move.abs()));
            badge.addThemeVariants(BadgeVariant.SMALL, BadgeVariant.CONTRAST);
            badge.getElement().setAttribute("title", "From " + RateFormat.percent(before.rate()) + " in force since "
                    + Formats.MINUTE.format(before.effectiveAt()));
            card.setHeaderSuffix(badge);
        });
        var since = new Span("Since " + Formats.MINUTE.format(r.effectiveAt()));
        var quoted = new Span(assumptions(r));
        since.addClassName("pl-rate-meta");
        quoted.addClassName("pl-rate-meta");
        card.add(since, quoted);
        return card;
    }

    private Component scheduled(MarketRate r) {
        if (!r.effectiveAt().isAfter(clock.instant())) {
            return new Span();
        }
        var badge = new Badge("Scheduled");
        badge.addThemeVariants(BadgeVariant.SMALL);
        return badge;
    }

    /** "740 credit · 80% LTV · 0 points". */
    static String assumptions(MarketRate r) {
        return r.creditScore() + " credit \u00b7 " + r.ltv().stripTrailingZeros().toPlainString() + "% LTV \u00b7 "
                + r.points().stripTrailingZeros().toPlainString() + " points";
    }
}
