package com.porchlight.rate;

import com.porchlight.audit.AuditLog;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Market rates: marketers record a product's rate and APR with the pricing assumptions; everyone reads them. Every
 * entry is kept, so "the rate in force at T" is always answerable: the product's latest entry effective at or before T.
 * An entry may be dated a few days ahead; it is in force from then on.
 */
@Service
public class MarketRateService {

    /** A move larger than this (in percentage points, either way) from the rate in force needs a confirmation. */
    public static final BigDecimal CONFIRM_ABOVE = new BigDecimal("0.50");
    public static final int CONFIRM_ABOVE_BPS = 50;
    /** The entries grid never asks for more at once; a larger request is cut to this. */
    public static final int MAX_PAGE = 500;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final MarketRateRepository rates;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MarketRateService(MarketRateRepository rates, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.rates = rates;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Each product's entry in force now; a product without one is absent. Iterates in {@link RateProduct} order. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<RateProduct, MarketRate> current() {
        Map<RateProduct, MarketRate> byProduct = new EnumMap<>(RateProduct.class);
        rates.allInForce(clock.instant()).forEach(r -> byProduct.put(r.product(), r));
        return Collections.unmodifiableMap(byProduct);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<MarketRate> current(RateProduct product) {
        return rates.inForce(product, clock.instant());
    }

    /** The product's entry in force at {@code at} (e.g. when a creative quoting the rate was approved). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<MarketRate> asOf(RateProduct product, Instant at) {
        return rates.inForce(product, at);
    }

    /**
     * The product's entries effective from {@code from} up to now, oldest first. Entries scheduled for later are left
     * out; the one in force at {@code from} (if it started earlier) is {@link #asOf}'s.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<MarketRate> history(RateProduct product, Instant from) {
        return rates.between(product, from, clock.instant());
    }

    /** One page of all entries (of one product, or all when null), latest effective time first, scheduled included. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<MarketRate> entries(@Nullable RateProduct product, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return rates.page(product, Math.max(offset, 0), Math.min(limit, MAX_PAGE));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public long count(@Nullable RateProduct product) {
        return rates.count(product);
    }

    /** Whether the signed-in user may record rates (the form is shown only to them; {@link #record} checks again). */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean mayRecord() {
        return CurrentUser.hasAnyRole(Roles.MARKETER);
    }

    /**
     * Records a rate. Refused with {@link RateEntryException} (every field at fault) or, when the rate moves more than
     * 50 bps from the product's entry in force at the same effective time and {@code largeMoveConfirmed} is false,
     * with {@link LargeRateMoveException}; nothing is saved then. Audited; announces {@link MarketRateRecorded}.
     */
    @PreAuthorize(Roles.HAS_MARKETER)
    @Transactional
    public MarketRate record(RateEntry entry, boolean largeMoveConfirmed) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant requested = entry.effectiveAt();
        Instant effectiveAt = requested == null ? now : requested.truncatedTo(ChronoUnit.MICROS);
        var problems = RateEntryRules.problems(entry, effectiveAt, now);
        if (!problems.isEmpty()) {
            throw new RateEntryException(problems);
        }
        RateProduct product = Objects.requireNonNull(entry.product());
        BigDecimal rate = Objects.requireNonNull(entry.rate()).setScale(3, RoundingMode.UNNECESSARY);
        Optional<MarketRate> previous = rates.inForce(product, effectiveAt);
        if (!largeMoveConfirmed && previous.isPresent() && RateEntryRules.isLargeMove(previous.get().rate(), rate)) {
            throw new LargeRateMoveException(previous.get(), rate);
        }
        var toSave = new MarketRate(0, product, rate,
                Objects.requireNonNull(entry.apr()).setScale(3, RoundingMode.UNNECESSARY), effectiveAt,
                Objects.requireNonNull(entry.creditScore()),
                Objects.requireNonNull(entry.ltv()).setScale(2, RoundingMode.UNNECESSARY),
                Objects.requireNonNull(entry.points()).setScale(3, RoundingMode.UNNECESSARY),
                RateEntryRules.note(entry.note()), CurrentUser.nameOrSystem(), now);
        long id = rates.insert(toSave);
        var saved = new MarketRate(id, toSave.product(), toSave.rate(), toSave.apr(), toSave.effectiveAt(),
                toSave.creditScore(), toSave.ltv(), toSave.points(), toSave.note(), toSave.enteredBy(),
                toSave.enteredAt());
        audit.record("MARKET_RATE", "Market rate " + product.shortLabel(), describe(saved, previous.orElse(null)));
        events.publishEvent(new MarketRateRecorded(product, saved.rate(), saved.apr(), saved.effectiveAt()));
        return saved;
    }

    private static String describe(MarketRate r, @Nullable MarketRate previous) {
        var s = new StringBuilder();
        s.append(RateFormat.percent(r.rate())).append(" (APR ").append(RateFormat.percent(r.apr()))
                .append(") effective ").append(MINUTE.format(r.effectiveAt())).append(", quoted for credit score ")
                .append(r.creditScore()).append(", LTV ").append(r.ltv().stripTrailingZeros().toPlainString())
                .append("%, ").append(r.points().stripTrailingZeros().toPlainString()).append(" points");
        if (previous != null) {
            BigDecimal move = r.rate().subtract(previous.rate());
            s.append("; ").append(move.signum() >= 0 ? "+" : "\u2212")
                    .append(move.abs().movePointRight(2).stripTrailingZeros().toPlainString())
                    .append(" bps from ").append(RateFormat.percent(previous.rate()));
            if (RateEntryRules.isLargeMove(previous.rate(), r.rate())) {
                s.append(", a large move confirmed by the marketer");
            }
        }
        if (r.note() != null) {
            s.append(". Note: ").append(r.note());
        }
        return s.append('.').toString();
    }
}
