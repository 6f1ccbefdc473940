package com.porchlight.lead.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code porchlight.intake.rate-limit-per-minute} leads a minute per API key (default 600), as a token bucket:
 * a key may post a minute's allowance in a burst, then one lead per (60 s / limit). A vendor replaying its backlog
 * gets 429 with Retry-After instead of starving other sources' real-time leads.
 *
 * <p>In memory, per application instance: with several instances behind a load balancer each enforces the limit on
 * its own, so a key gets up to limit × instances. One bucket per key that has posted (keys are few: one or two per
 * lead source), kept until restart.
 */
@Component
class IntakeRateLimiter {

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Integer> perKeyLimits = new ConcurrentHashMap<>();

    @Autowired
    IntakeRateLimiter(@Value("${porchlight.intake.rate-limit-per-minute:600}") int perMinute) {
        this(perMinute, System::nanoTime);
    }

    IntakeRateLimiter(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("porchlight.intake.rate-limit-per-minute must be at least 1 (got "
                    + perMinute + ").");
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** The limit that applies to a key. */
    int limitPerMinute(long keyId) {
        return perKeyLimits.getOrDefault(keyId, perMinute);
    }

    /**
     * A different limit for one key (tests use it to reach the limit in a few requests without changing it for other
     * keys). Starts the key with a full bucket.
     */
    void setLimit(long keyId, int limitPerMinute) {
        if (limitPerMinute < 1) {
            throw new IllegalArgumentException("A rate limit is at least one lead a minute.");
        }
        perKeyLimits.put(keyId, limitPerMinute);
        buckets.remove(keyId);
    }

    /**
     * Takes one request's token for the key.
     *
     * @return 0 when the request may proceed, otherwise the whole seconds to wait before the next one will (≥ 1)
     */
    long acquire(long keyId) {
        int limit = limitPerMinute(keyId);
        Bucket bucket = buckets.computeIfAbsent(keyId, id -> new Bucket(limit, nanoTime.getAsLong()));
        return bucket.take(limit, nanoTime.getAsLong());
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updatedAt = now;
        }

        synchronized long take(int limit, long now) {
            double perNano = limit / (double) TimeUnit.MINUTES.toNanos(1);
            tokens = Math.min(limit, tokens + Math.max(0, now - updatedAt) * perNano);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double waitNanos = (1 - tokens) / perNano;
            return Math.max(1, (long) Math.ceil(waitNanos / TimeUnit.SECONDS.toNanos(1)));
        }
    }
}
