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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Market rates: today's rate and APR per product with their pricing assumptions, the history chart and every entry,
 * for everyone; the entry dialog for marketers only (the service refuses anyone else anyway).
 */
@Route("rates")
@PageTitle("Market rates")
@Menu(order = 6, icon = "vaadin:chart-line", title = "Market rates")
@RolesAllowed({Roles.ADMIN, Roles.CMO, Roles.COMPLIANCE, Roles.MARKETER, Roles.LOAN_OFFICER})
class RatesView extends Div {

    private final MarketRateService rates;
    private final Clock clock;
    /** Cards are narrow: "Nov 26, 07:34 UTC"; the full time is the tooltip. */
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("MMM d, HH:mm 'UTC'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private final boolean mayRecord;
    private final Div cards = new Div();
    private final RateHistoryChart history;
    private final Select<RateProduct> filter = new Select<>();
    private final Grid<MarketRate> grid = new Grid<>();

    RatesView(MarketRateService rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
        mayRecord = rates.mayRecord();
        addClassNames("pl-page", "pl-rates");

        var intro = new Paragraph("Today's rate and APR of each product, as marketing publishes them. Segments' rate"
                + " trigger compares leads' note rates with these; every entry is kept.");
        intro.addClassName("pl-intro");
        var toolbar = new HorizontalLayout(intro);
        toolbar.addClassName("pl-toolbar");
        toolbar.setFlexGrow(1, intro);
        if (mayRecord) {
            var record = new Button("Record a rate", new Icon(VaadinIcon.PLUS), e -> openEntry(null));
            record.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(record);
        }
        cards.addClassName("pl-rate-cards");
        history = new RateHistoryChart(rates, clock);

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

        // Widths that fit a laptop next to the menu; the note takes what is left.
        grid.addComponentColumn(this::effective).setHeader("Effective").setWidth("14rem").setFlexGrow(0);
        grid.addColumn(r -> r.product().shortLabel()).setHeader("Product").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(r -> RateFormat.percent(r.rate())).setHeader("Rate").setKey("rate").setWidth("6rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> RateFormat.percent(r.apr())).setHeader("APR").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(MarketRate::creditScore).setHeader("Credit").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setTooltipGenerator(r -> "Quoted for a credit score of "
                        + r.creditScore());
        grid.addColumn(r -> r.ltv().stripTrailingZeros().toPlainString() + "%").setHeader("LTV").setWidth("5.5rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.points().stripTrailingZeros().toPlainString()).setHeader("Points").setWidth("5rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader("Note").setWidth("8rem").setFlexGrow(1)
                .setTooltipGenerator(r -> r.note() == null ? "" : r.note());
        grid.addColumn(MarketRate::enteredBy).setHeader("Entered by").setWidth("11rem").setFlexGrow(0)
                .setTooltipGenerator(r -> r.enteredBy() + ", " + Formats.SECOND.format(r.enteredAt()));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(query -> rates.entries(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, rates.count(filter.getValue())));
        grid.setEmptyStateText("No rates entered yet.");
        grid.addClassNames("pl-grid", "pl-rate-grid");

        add(toolbar, cards, history, entriesBar, grid);
        showCards();
    }

    private void openEntry(@Nullable RateProduct product) {
        new RateEntryDialog(rates, clock, product, this::recorded).open();
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
        } else {
            var rate = new Span(RateFormat.percent(r.rate()));
            rate.addClassName("pl-rate-value");
            var figures = new Div(rate);
            figures.addClassName("pl-rate-figures");
            // The move since the entry before, so "has it changed?" needs no chart.
            rates.asOf(product, r.effectiveAt().minus(1, ChronoUnit.MICROS)).ifPresent(before -> {
                BigDecimal move = r.rate().subtract(before.rate());
                var change = new Span(move.signum() == 0 ? "unchanged" : (move.signum() > 0 ? "\u25b2\u2009"
                        : "\u25bc\u2009") + RateFormat.points(move.abs()));
                change.addClassName("pl-rate-change");
                change.getElement().setAttribute("title", "From " + RateFormat.percent(before.rate())
                        + ", in force since " + Formats.MINUTE.format(before.effectiveAt()));
                figures.add(change);
            });
            var apr = new Span("APR " + RateFormat.percent(r.apr()));
            apr.addClassName("pl-rate-apr");
            var quoted = new Span(assumptions(r));
            var since = new Span("Since " + SINCE.format(r.effectiveAt()));
            since.getElement().setAttribute("title", Formats.MINUTE.format(r.effectiveAt()));
            quoted.addClassName("pl-rate-meta");
            since.addClassName("pl-rate-meta");
            card.add(figures, apr, quoted, since);
        }
        if (mayRecord) {
            var update = new Button("Update", e -> openEntry(product));
            update.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            update.setAriaLabel("Record a new " + product.shortLabel() + " rate");
            card.setHeaderSuffix(update);
        }
        return card;
    }

    private Component effective(MarketRate r) {
        var when = new Span(Formats.MINUTE.format(r.effectiveAt()));
        if (!r.effectiveAt().isAfter(clock.instant())) {
            return when;
        }
        var badge = new Badge("Scheduled");
        badge.addThemeVariants(BadgeVariant.SMALL);
        var both = new HorizontalLayout(when, badge);
        both.setSpacing(false);
        both.addClassName("pl-badges");
        return both;
    }

    /** "740 credit · 80% LTV · 0 points". */
    static String assumptions(MarketRate r) {
        return r.creditScore() + " credit \u00b7 " + r.ltv().stripTrailingZeros().toPlainString() + "% LTV \u00b7 "
                + r.points().stripTrailingZeros().toPlainString() + " points";
    }
}
