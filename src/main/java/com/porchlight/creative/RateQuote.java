package com.porchlight.creative;

import com.porchlight.rate.RateProduct;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The market rate a version was written against: taken from the Market rates page when the version is saved, so the
 * approval covers it and staleness can be measured from it.
 *
 * @param asOf when that market rate took effect
 */
public record RateQuote(RateProduct product, BigDecimal rate, BigDecimal apr, Instant asOf) {
}
