package com.porchlight.lead.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-key token bucket, on a clock the test moves. */
class IntakeRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private void advanceSeconds(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    @Test
    void a_key_may_post_its_minutes_allowance_at_once_then_waits_for_the_next_token() {
        var limiter = new IntakeRateLimiter(3, now::get);

        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1)).as("seconds to wait: one token every 20 s").isEqualTo(20);

        advanceSeconds(15);
        assertThat(limiter.acquire(1)).isEqualTo(5);
        advanceSeconds(5);
        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1)).isEqualTo(20);
    }

    @Test
    void keys_are_limited_separately_and_idle_time_refills_only_up_to_one_minutes_allowance() {
        var limiter = new IntakeRateLimiter(2, now::get);
        limiter.acquire(1);
        limiter.acquire(1);

        assertThat(limiter.acquire(2)).as("another key is not affected").isZero();

        advanceSeconds(3600);
        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1)).isZero();
        assertThat(limiter.acquire(1)).as("an idle hour does not bank an hour of requests").isPositive();
    }

    @Test
    void one_key_can_get_its_own_limit() {
        var limiter = new IntakeRateLimiter(600, now::get);
        limiter.setLimit(7, 1);

        assertThat(limiter.acquire(7)).isZero();
        assertThat(limiter.acquire(7)).isEqualTo(60);
        assertThat(limiter.limitPerMinute(7)).isEqualTo(1);
        assertThat(limiter.limitPerMinute(8)).isEqualTo(600);
    }

    @Test
    void a_limit_below_one_is_a_configuration_error() {
        assertThatThrownBy(() -> new IntakeRateLimiter(0, now::get))
                .hasMessageContaining("porchlight.intake.rate-limit-per-minute must be at least 1");
    }
}
