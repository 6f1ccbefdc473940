package com.porchlight.rate.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.porchlight.rate.RateProduct;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo rate history: believable, consistent with the demo leads' market, and deterministic. */
class MarketHistoryTest {

    private static final Instant NOW = Instant.parse("2026-11-26T07:20:00Z");

    private static Map<RateProduct, List<MarketHistory.Point>> byProduct(List<MarketHistory.Point> points) {
        return points.stream().collect(Collectors.groupingBy(MarketHistory.Point::product));
    }

    @Test
    void two_years_of_weekly_entries_per_product_end_now_at_todays_market() {
        var history = byProduct(MarketHistory.weekly(NOW, 104, 1));
        assertThat(history).hasSize(RateProduct.values().length);
        for (var points : history.values()) {
            assertThat(points).hasSize(105);
            assertThat(points).isSortedAccordingTo(Comparator.comparing(MarketHistory.Point::effectiveAt));
            // Today's sheet time (13:30 UTC) has not come at 07:20: the last entry is effective now, never later.
            assertThat(points.getLast().effectiveAt()).isEqualTo(NOW);
            assertThat(points.getFirst().effectiveAt()).isEqualTo(Instant.parse("2024-11-28T13:30:00Z"));
        }
        assertThat(history.get(RateProduct.CONV_30_FIXED).getLast().rate()).isEqualByComparingTo("6.30");
        assertThat(history.get(RateProduct.CONV_15_FIXED).getLast().rate()).isEqualByComparingTo("5.65");
        assertThat(history.get(RateProduct.FHA_30_FIXED).getLast().rate()).isEqualByComparingTo("6.05");
        assertThat(history.get(RateProduct.VA_30_FIXED).getLast().rate()).isEqualByComparingTo("5.95");
        assertThat(history.get(RateProduct.JUMBO_30_FIXED).getLast().rate()).isEqualByComparingTo("6.40");
        assertThat(history.get(RateProduct.ARM_7_6).getLast().rate()).isEqualByComparingTo("5.90");
    }

    @Test
    void the_history_follows_the_quarterly_market_with_small_weekly_moves() {
        var fixed = byProduct(MarketHistory.weekly(NOW, 104, 1)).get(RateProduct.CONV_30_FIXED);
        for (var p : fixed) {
            double market = MarketHistory.market(LocalDate.ofInstant(p.effectiveAt(), java.time.ZoneOffset.UTC));
            assertThat(p.rate().doubleValue()).as("%s", p.effectiveAt()).isCloseTo(market, within(0.35));
        }
        for (int i = 1; i < fixed.size(); i++) {
            BigDecimal move = fixed.get(i).rate().subtract(fixed.get(i - 1).rate()).abs();
            assertThat(move).as("week of %s", fixed.get(i).effectiveAt()).isLessThanOrEqualTo(new BigDecimal("0.50"));
        }
        // Mid-quarter the line passes through the quarter's average (2025 Q2: 6.80).
        assertThat(MarketHistory.market(LocalDate.of(2025, 5, 16))).isCloseTo(6.80, within(0.01));
    }

    @Test
    void every_entry_passes_the_entry_rules_and_the_same_seed_gives_the_same_history() {
        var points = MarketHistory.weekly(NOW, 104, 7);
        for (var p : points) {
            assertThat(p.rate()).isBetween(new BigDecimal("0.5"), new BigDecimal("20"));
            assertThat(p.apr()).isGreaterThan(p.rate()).isLessThanOrEqualTo(p.rate().add(BigDecimal.valueOf(5)));
            assertThat(p.rate().scale()).isEqualTo(3);
        }
        assertThat(MarketHistory.weekly(NOW, 104, 7)).isEqualTo(points);
        assertThat(MarketHistory.weekly(NOW, 104, 8)).isNotEqualTo(points);
    }

    @Test
    void after_todays_sheet_time_the_last_entry_is_todays_sheet() {
        var points = MarketHistory.weekly(Instant.parse("2026-11-26T15:00:00Z"), 2, 1);
        assertThat(points.getLast().effectiveAt()).isEqualTo(Instant.parse("2026-11-26T13:30:00Z"));
    }
}
