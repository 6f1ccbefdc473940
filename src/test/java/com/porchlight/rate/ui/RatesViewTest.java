package com.porchlight.rate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.porchlight.KaribuTest;
import com.porchlight.base.ui.AccessDeniedView;
import com.porchlight.base.ui.chart.LineChart;
import com.porchlight.rate.MarketRate;
import com.porchlight.rate.MarketRateService;
import com.porchlight.rate.RateFormat;
import com.porchlight.rate.RateProduct;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Market rates screen as marketers and everyone else use it. */
class RatesViewTest extends KaribuTest {

    @Autowired
    MarketRateService rates;
    @Autowired
    JdbcClient jdbc;

    private MarketRate current(RateProduct product) {
        authenticateAs(MARKETER);
        return rates.current(product).orElseThrow();
    }

    private static boolean ariaLabel(com.vaadin.flow.component.HasAriaLabel component, String label) {
        return component.getAriaLabel().filter(label::equals).isPresent();
    }

    private long entries() {
        return jdbc.sql("SELECT COUNT(*) FROM market_rate").query(Long.class).single();
    }

    private static Card card(RateProduct product) {
        return _find(Card.class).stream().filter(c -> product.shortLabel().equals(c.getTitleAsText())).findFirst()
                .orElseThrow();
    }

    private static String shownRate(RateProduct product) {
        return _get(card(product), Span.class, spec -> spec.withClasses("pl-rate-value")).getText();
    }

    private static BigDecimalField field(String label) {
        return _get(BigDecimalField.class, spec -> spec.withLabel(label));
    }

    private static void openEntry() {
        _click(_get(Button.class, spec -> spec.withText("Record a rate")));
    }

    @SuppressWarnings("unchecked")
    private static void fill(RateProduct product, BigDecimal rate, BigDecimal apr, String note) {
        _setValue(_get(Select.class, spec -> spec.withLabel("Product")), product);
        fill(rate, apr, note);
    }

    private static void fill(BigDecimal rate, BigDecimal apr, String note) {
        _setValue(field("Rate"), rate);
        _setValue(field("APR"), apr);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Note")), note);
    }

    private static void recordRate() {
        _click(_get(Button.class, spec -> spec.withText("Record rate")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> gridNotes() {
        Grid<MarketRate> grid = _get(Grid.class);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < Math.min(50, GridKt._size(grid)); i++) {
            notes.add(String.valueOf(GridKt._get(grid, i).note()));
        }
        return notes;
    }

    private static String notifications() {
        return String.join(" ", NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "")).toList());
    }

    @Test
    void a_marketer_records_a_rate_and_sees_it_on_the_card_and_among_the_entries() {
        BigDecimal rate = current(RateProduct.VA_30_FIXED).rate().add(new BigDecimal("0.125"));
        String note = "View test " + System.nanoTime();
        login(MARKETER);
        UI.getCurrent().navigate("rates");

        _click(_get(card(RateProduct.VA_30_FIXED), Button.class, spec -> spec.withText("Update")));
        assertThat(_get(Select.class, spec -> spec.withLabel("Product")).getValue()).isEqualTo(RateProduct.VA_30_FIXED);
        // The product's current assumptions are taken over: VA is quoted at 100 % LTV.
        assertThat(field("LTV").getValue()).isEqualByComparingTo("100");
        fill(rate, rate.add(new BigDecimal("0.25")), note);
        recordRate();

        assertThat(_find(BigDecimalField.class)).as("the dialog has closed").isEmpty();
        assertThat(shownRate(RateProduct.VA_30_FIXED)).isEqualTo(RateFormat.percent(rate));
        assertThat(gridNotes()).contains(note);
        assertThat(notifications()).contains("30-yr VA: " + RateFormat.percent(rate) + " (APR "
                + RateFormat.percent(rate.add(new BigDecimal("0.25"))) + ") recorded");
        assertThat(current(RateProduct.VA_30_FIXED).note()).isEqualTo(note);
        assertThat(current(RateProduct.VA_30_FIXED).ltv()).isEqualByComparingTo("100");
    }

    @Test
    void the_entry_form_starts_with_the_usual_assumptions_and_now() {
        login(MARKETER);
        UI.getCurrent().navigate("rates");
        openEntry();
        assertThat(_get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withLabel("Credit score")).getValue()).isEqualTo(740);
        assertThat(field("LTV").getValue()).isEqualByComparingTo("80");
        assertThat(field("Points").getValue()).isEqualByComparingTo("0");
        assertThat(_get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withLabel("Effective (UTC)")).getValue()).isNotNull();
    }

    @Test
    void a_large_move_asks_first_and_cancelling_records_nothing() {
        MarketRate inForce = current(RateProduct.CONV_15_FIXED);
        BigDecimal typo = inForce.rate().add(new BigDecimal("0.75"));
        login(MARKETER);
        UI.getCurrent().navigate("rates");
        long before = entries();

        openEntry();
        fill(RateProduct.CONV_15_FIXED, typo, typo.add(new BigDecimal("0.2")), "typo?");
        recordRate();
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Move of 0.75 pts up from "
                + RateFormat.percent(inForce.rate()) + " \u2014 confirm?");
        assertThat(ConfirmDialogKt.getText(dialog)).endsWith(RateFormat.percent(typo) + " would move it 75 bps up."
                + " Moves of more than 50 bps are often typos.");
        ConfirmDialogKt._fireCancel(dialog);

        assertThat(entries()).isEqualTo(before);
        assertThat(shownRate(RateProduct.CONV_15_FIXED)).isEqualTo(RateFormat.percent(inForce.rate()));
        assertThat(field("Rate").getValue()).as("the dialog keeps what was typed").isEqualByComparingTo(typo);

        recordRate();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(entries()).isEqualTo(before + 1);
        assertThat(shownRate(RateProduct.CONV_15_FIXED)).isEqualTo(RateFormat.percent(typo));
    }

    @Test
    void a_rate_out_of_bounds_is_explained_next_to_the_field_and_nothing_is_saved() {
        login(MARKETER);
        UI.getCurrent().navigate("rates");
        long before = entries();

        openEntry();
        fill(RateProduct.JUMBO_30_FIXED, new BigDecimal("63.75"), new BigDecimal("6.5"), "");
        recordRate();

        BigDecimalField rate = field("Rate");
        assertThat(rate.isInvalid()).isTrue();
        assertThat(rate.getErrorMessage()).isEqualTo("The rate must be between 0.5% and 20%; 63.75% is outside.");
        assertThat(field("APR").isInvalid()).isFalse();
        assertThat(entries()).isEqualTo(before);
        assertThat(rate.getValue()).isEqualByComparingTo("63.75");

        _setValue(rate, new BigDecimal("6.375"));
        assertThat(rate.isInvalid()).as("the message goes once the rate is changed").isFalse();
    }

    @Test
    void a_compliance_officer_reads_todays_rates_and_the_history_but_gets_no_entry_form() {
        MarketRate fixed = current(RateProduct.CONV_30_FIXED);
        login(COMPLIANCE);
        UI.getCurrent().navigate("rates");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RatesView.class);
        assertThat(_find(Card.class)).hasSize(RateProduct.values().length);
        assertThat(shownRate(RateProduct.CONV_30_FIXED)).isEqualTo(RateFormat.percent(fixed.rate()));
        assertThat(_find(Button.class, spec -> spec.withText("Record a rate"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Update"))).isEmpty();
        assertThat(_find(BigDecimalField.class)).isEmpty();
        assertThat(_get(LineChart.class).markup()).contains("role=\"img\"", "30-yr fixed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chart_follows_the_chosen_products_and_range() {
        login(LOAN_OFFICER);
        UI.getCurrent().navigate("rates");
        LineChart chart = _get(LineChart.class);
        assertThat(chart.markup()).contains("Market rates over the last 1 year.", "30-yr FHA");

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withPredicate(c -> ariaLabel(c, "Range"))), RateHistoryChart.Range.YEARS_2);
        CheckboxGroup<RateProduct> products = _get(CheckboxGroup.class,
                spec -> spec.withPredicate(c -> ariaLabel(c, "Products in the chart")));
        _setValue(products, Set.of(RateProduct.ARM_7_6));
        assertThat(chart.markup()).contains("Market rates over the last 2 years.", "7/6 ARM")
                .doesNotContain("30-yr FHA");

        _setValue(products, Set.of());
        assertThat(chart.markup()).contains("Choose at least one product.");
    }

    @Test
    void the_entries_grid_filters_by_product_newest_first() {
        login(CMO);
        UI.getCurrent().navigate("rates");
        _setValue(_get(Select.class, spec -> spec.withPredicate(c -> ariaLabel(c, "Product"))), RateProduct.ARM_7_6);
        @SuppressWarnings("unchecked")
        Grid<MarketRate> grid = _get(Grid.class);
        List<MarketRate> shown = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            shown.add(GridKt._get(grid, i));
        }
        assertThat(shown).allSatisfy(r -> assertThat(r.product()).isEqualTo(RateProduct.ARM_7_6));
        assertThat(shown).isSortedAccordingTo(java.util.Comparator.comparing(MarketRate::effectiveAt).reversed());
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(105);
    }

    @Test
    void signed_out_visitors_are_sent_to_sign_in_and_every_role_may_read() {
        UI.getCurrent().navigate("rates");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(RatesView.class)
                .isNotInstanceOf(AccessDeniedView.class);
        for (String user : List.of(ADMIN, CMO, COMPLIANCE, MARKETER, LOAN_OFFICER)) {
            login(user);
            UI.getCurrent().navigate("rates");
            assertThat(UI.getCurrent().getCurrentView()).as(user).isInstanceOf(RatesView.class);
            logout();
        }
    }
}
