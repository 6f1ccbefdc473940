package com.porchlight.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.porchlight.KaribuTest;
import com.porchlight.rate.RateEntryException.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Recording and reading market rates on the real database. The demo history is there and other tests add entries, so
 * every test starts from the rate in force now and records relative to it.
 */
@RecordApplicationEvents
class MarketRateServiceTest extends KaribuTest {

    @Autowired
    MarketRateService rates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    private BigDecimal currentRate(RateProduct product) {
        return rates.current(product).orElseThrow().rate();
    }

    private static RateEntry entry(RateProduct product, BigDecimal rate) {
        return RateEntry.of(product, rate, rate.add(new BigDecimal("0.125")));
    }

    private long entriesOf(RateProduct product) {
        return jdbc.sql("SELECT COUNT(*) FROM market_rate WHERE product = ?").param(product.name())
                .query(Long.class).single();
    }

    @Test
    void the_demo_history_holds_two_years_of_weekly_rates_for_every_product() {
        authenticateAs(LOAN_OFFICER);
        Map<RateProduct, MarketRate> current = rates.current();
        assertThat(current).containsOnlyKeys(RateProduct.values());
        for (RateProduct product : RateProduct.values()) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM market_rate WHERE product = ? AND entered_by = 'demo data'")
                    .param(product.name()).query(Long.class).single()).isEqualTo(105);
        }
        MarketRate lastDemo = jdbc.sql("SELECT " + MarketRateRepository.COLUMNS + " FROM market_rate"
                + " WHERE product = 'CONV_30_FIXED' AND entered_by = 'demo data' ORDER BY effective_at DESC LIMIT 1")
                .query((rs, n) -> MarketRateRepository.row(rs)).single();
        assertThat(lastDemo.rate()).isBetween(new BigDecimal("6.2"), new BigDecimal("6.4"));
        assertThat(lastDemo.effectiveAt()).isBefore(clock.instant());
    }

    @Test
    void a_recorded_rate_is_in_force_from_now_audited_and_announced() {
        authenticateAs(MARKETER);
        BigDecimal before = currentRate(RateProduct.CONV_30_FIXED);
        BigDecimal rate = before.add(new BigDecimal("0.125"));

        MarketRate saved = rates.record(new RateEntry(RateProduct.CONV_30_FIXED, rate, new BigDecimal("6.999"), null,
                760, new BigDecimal("75.5"), new BigDecimal("-0.25"), "  Morning sheet  "), false);

        assertThat(saved.rate()).isEqualByComparingTo(rate);
        assertThat(saved.enteredBy()).isEqualTo(MARKETER);
        assertThat(saved.note()).isEqualTo("Morning sheet");
        assertThat(rates.current(RateProduct.CONV_30_FIXED)).contains(saved);
        assertThat(rates.current().get(RateProduct.CONV_30_FIXED)).isEqualTo(saved);
        assertThat(rates.entries(RateProduct.CONV_30_FIXED, 0, 1)).containsExactly(saved);
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE category = 'MARKET_RATE' AND actor = ?"
                + " ORDER BY id DESC LIMIT 1").param(MARKETER).query(String.class).single())
                .startsWith(RateFormat.percent(rate) + " (APR 6.999%) effective ")
                .contains("credit score 760, LTV 75.5%, -0.25 points", "+12.5 bps from " + RateFormat.percent(before),
                        "Note: Morning sheet");
        assertThat(events.stream(MarketRateRecorded.class)).containsExactly(new MarketRateRecorded(
                RateProduct.CONV_30_FIXED, saved.rate(), saved.apr(), saved.effectiveAt()));
    }

    @Test
    void every_field_out_of_bounds_gets_its_own_message_and_nothing_is_saved() {
        authenticateAs(MARKETER);
        long before = entriesOf(RateProduct.VA_30_FIXED);
        var e = catchThrowableOfType(RateEntryException.class, () -> rates.record(new RateEntry(
                RateProduct.VA_30_FIXED, new BigDecimal("25"), new BigDecimal("30"),
                clock.instant().plus(Duration.ofDays(8)), 900, new BigDecimal("0.5"), new BigDecimal("5.5"),
                "x".repeat(501)), false));

        assertThat(e.problems()).containsExactly(
                Map.entry(Field.RATE, "The rate must be between 0.5% and 20%; 25% is outside."),
                Map.entry(Field.APR, "The APR must be between 0.5% and 25%."),
                Map.entry(Field.EFFECTIVE_AT, "The effective time can be at most 7 days ahead."),
                Map.entry(Field.CREDIT_SCORE, "A credit score is between 300 and 850."),
                Map.entry(Field.LTV, "The LTV must be between 1% and 125%."),
                Map.entry(Field.POINTS, "Points must be between \u22125 (a lender credit) and +5."),
                Map.entry(Field.NOTE, "Keep the note to 500 characters; it has 501."));
        assertThat(entriesOf(RateProduct.VA_30_FIXED)).isEqualTo(before);
        assertThat(events.stream(MarketRateRecorded.class)).isEmpty();
    }

    @Test
    void the_apr_must_lie_between_the_rate_and_five_points_above_it() {
        authenticateAs(MARKETER);
        var below = catchThrowableOfType(RateEntryException.class, () -> rates.record(
                RateEntry.of(RateProduct.VA_30_FIXED, new BigDecimal("6.25"), new BigDecimal("6.125")), false));
        assertThat(below.problems()).containsExactly(Map.entry(Field.APR,
                "The APR cannot be below the rate (6.25%): it is the rate plus fees."));
        var far = catchThrowableOfType(RateEntryException.class, () -> rates.record(
                RateEntry.of(RateProduct.VA_30_FIXED, new BigDecimal("6.25"), new BigDecimal("11.5")), false));
        assertThat(far.problems()).containsExactly(Map.entry(Field.APR,
                "The APR can be at most 5 points above the rate, 11.25%; check for a typo."));
        var decimals = catchThrowableOfType(RateEntryException.class, () -> rates.record(
                RateEntry.of(RateProduct.VA_30_FIXED, new BigDecimal("6.2501"), new BigDecimal("6.5")), false));
        assertThat(decimals.problems()).containsExactly(Map.entry(Field.RATE,
                "Use at most three decimals, e.g. 6.375."));
    }

    @Test
    void an_empty_form_says_what_each_field_needs() {
        authenticateAs(MARKETER);
        var e = catchThrowableOfType(RateEntryException.class, () -> rates.record(
                new RateEntry(null, null, null, null, null, null, null, " "), false));
        assertThat(e.problems()).containsExactly(
                Map.entry(Field.PRODUCT, "Choose the product this rate is for."),
                Map.entry(Field.RATE, "Enter the rate in percent, e.g. 6.375."),
                Map.entry(Field.APR, "Enter the APR in percent, e.g. 6.492."),
                Map.entry(Field.CREDIT_SCORE, "Enter the credit score the rate is quoted for, e.g. 740."),
                Map.entry(Field.LTV, "Enter the loan-to-value the rate is quoted for, e.g. 80."),
                Map.entry(Field.POINTS, "Enter the points the rate is quoted with; 0 for none."));
    }

    @Test
    void a_move_of_more_than_50_bps_is_refused_until_confirmed() {
        authenticateAs(MARKETER);
        MarketRate inForce = rates.current(RateProduct.FHA_30_FIXED).orElseThrow();
        BigDecimal jump = inForce.rate().add(new BigDecimal("0.625"));

        var e = catchThrowableOfType(LargeRateMoveException.class,
                () -> rates.record(entry(RateProduct.FHA_30_FIXED, jump), false));
        assertThat(e.previous()).isEqualTo(inForce);
        assertThat(e.previousRate()).isEqualByComparingTo(inForce.rate());
        assertThat(e.moveBps()).isEqualByComparingTo("62.5");
        assertThat(e.getMessage()).isEqualTo("Move of 0.625 pts up from " + RateFormat.percent(inForce.rate())
                + " \u2014 confirm?");
        assertThat(rates.current(RateProduct.FHA_30_FIXED)).contains(inForce);

        MarketRate saved = rates.record(entry(RateProduct.FHA_30_FIXED, jump), true);
        assertThat(rates.current(RateProduct.FHA_30_FIXED)).contains(saved);
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE category = 'MARKET_RATE' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).contains("+62.5 bps from", "a large move confirmed by the marketer");

        // Exactly 50 bps back down needs no confirmation; a little more does.
        assertThat(rates.record(entry(RateProduct.FHA_30_FIXED, jump.subtract(new BigDecimal("0.5"))), false).rate())
                .isEqualByComparingTo(jump.subtract(new BigDecimal("0.5")));
        var down = catchThrowableOfType(LargeRateMoveException.class, () -> rates.record(
                entry(RateProduct.FHA_30_FIXED, jump.subtract(new BigDecimal("1.001"))), false));
        assertThat(down.moveBps()).isEqualByComparingTo("-50.1");
        assertThat(down.getMessage()).startsWith("Move of 0.501 pts down from");
    }

    @Test
    void a_back_dated_entry_is_compared_with_the_rate_in_force_at_its_time() {
        authenticateAs(MARKETER);
        Instant monthAgo = clock.instant().minus(Duration.ofDays(30));
        MarketRate then = rates.asOf(RateProduct.JUMBO_30_FIXED, monthAgo).orElseThrow();
        BigDecimal now = currentRate(RateProduct.JUMBO_30_FIXED);

        var e = catchThrowableOfType(LargeRateMoveException.class, () -> rates.record(
                entry(RateProduct.JUMBO_30_FIXED, then.rate().add(new BigDecimal("0.75"))).withEffectiveAt(monthAgo),
                false));
        assertThat(e.previous()).isEqualTo(then);

        MarketRate corrected = rates.record(entry(RateProduct.JUMBO_30_FIXED, then.rate().add(new BigDecimal("0.01")))
                .withEffectiveAt(monthAgo), false);
        assertThat(rates.asOf(RateProduct.JUMBO_30_FIXED, monthAgo.plusSeconds(1))).contains(corrected);
        assertThat(currentRate(RateProduct.JUMBO_30_FIXED)).as("today's rate is untouched").isEqualByComparingTo(now);
    }

    @Test
    void an_entry_scheduled_for_later_is_not_current_until_its_time() {
        authenticateAs(MARKETER);
        MarketRate inForce = rates.current(RateProduct.ARM_7_6).orElseThrow();
        Instant tomorrow = clock.instant().plus(Duration.ofDays(1));

        MarketRate scheduled = rates.record(entry(RateProduct.ARM_7_6, inForce.rate().add(new BigDecimal("0.25")))
                .withEffectiveAt(tomorrow), false);

        assertThat(rates.current(RateProduct.ARM_7_6)).contains(inForce);
        assertThat(rates.current().get(RateProduct.ARM_7_6)).isEqualTo(inForce);
        assertThat(rates.asOf(RateProduct.ARM_7_6, tomorrow.plusSeconds(1))).contains(scheduled);
        assertThat(rates.history(RateProduct.ARM_7_6, clock.instant().minus(Duration.ofDays(30))))
                .doesNotContain(scheduled).contains(inForce);
        assertThat(rates.entries(RateProduct.ARM_7_6, 0, 50)).contains(scheduled);
    }

    @Test
    void history_lists_a_products_entries_since_a_date_oldest_first() {
        authenticateAs(CMO);
        Instant from = clock.instant().minus(Duration.ofDays(91));
        List<MarketRate> history = rates.history(RateProduct.CONV_15_FIXED, from);

        assertThat(history).hasSizeGreaterThanOrEqualTo(13);
        assertThat(history).isSortedAccordingTo(java.util.Comparator.comparing(MarketRate::effectiveAt));
        assertThat(history).allSatisfy(r -> {
            assertThat(r.product()).isEqualTo(RateProduct.CONV_15_FIXED);
            assertThat(r.effectiveAt()).isAfterOrEqualTo(from);
        });
        assertThat(history.getLast()).isEqualTo(rates.current(RateProduct.CONV_15_FIXED).orElseThrow());
        assertThat(rates.entries(null, 0, 3)).hasSize(3)
                .isSortedAccordingTo(java.util.Comparator.comparing(MarketRate::effectiveAt).reversed());
        assertThat(rates.count(RateProduct.CONV_15_FIXED)).isGreaterThanOrEqualTo(105);
    }

    @Test
    void only_marketers_record_rates_and_only_signed_in_users_read_them() {
        authenticateAs(CMO);
        BigDecimal rate = currentRate(RateProduct.CONV_15_FIXED);
        assertThat(rates.mayRecord()).isFalse();
        assertThatThrownBy(() -> rates.record(entry(RateProduct.CONV_15_FIXED, rate), false))
                .isInstanceOf(AccessDeniedException.class);
        authenticateAs(ADMIN);
        assertThatThrownBy(() -> rates.record(entry(RateProduct.CONV_15_FIXED, rate), false))
                .isInstanceOf(AccessDeniedException.class);
        authenticateAs(MARKETER);
        assertThat(rates.mayRecord()).isTrue();

        logout();
        assertThatThrownBy(() -> rates.current()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(currentRateAs(LOAN_OFFICER, RateProduct.CONV_15_FIXED)).isEqualByComparingTo(rate);
    }

    private BigDecimal currentRateAs(String email, RateProduct product) {
        authenticateAs(email);
        return currentRate(product);
    }
}
