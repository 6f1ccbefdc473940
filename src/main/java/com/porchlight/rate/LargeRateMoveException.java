package com.porchlight.rate;

import java.math.BigDecimal;

/**
 * A rate that moves more than {@link MarketRateService#CONFIRM_ABOVE_BPS} from the product's entry in force at the
 * same time, recorded without confirmation: probably a typo (6.735 for 6.375). Nothing was saved; the form asks and
 * records again with the move confirmed.
 */
public class LargeRateMoveException extends RuntimeException {

    private final MarketRate previous;
    private final BigDecimal rate;

    public LargeRateMoveException(MarketRate previous, BigDecimal rate) {
        super("Move of " + RateFormat.points(rate.subtract(previous.rate()).abs()) + " pts "
                + (rate.compareTo(previous.rate()) > 0 ? "up" : "down") + " from "
                + RateFormat.percent(previous.rate()) + " \u2014 confirm?");
        this.previous = previous;
        this.rate = rate;
    }

    /** The entry in force at the new entry's effective time. */
    public MarketRate previous() {
        return previous;
    }

    public BigDecimal previousRate() {
        return previous.rate();
    }

    public BigDecimal rate() {
        return rate;
    }

    /** The move in basis points, positive when the rate goes up (0.625 points up is 62.5). */
    public BigDecimal moveBps() {
        return rate.subtract(previous.rate()).movePointRight(2).stripTrailingZeros();
    }
}
