package com.porchlight.segment.rule;

import com.porchlight.lead.LoanProgram;
import com.porchlight.rate.RateProduct;
import org.jspecify.annotations.Nullable;

/**
 * Which published rate a lead's current loan is compared with by the rate trigger. A conventional loan of 15 years or
 * less compares with the 15-yr fixed, any other conventional loan (20, 25, 30 years, or term unknown) with the 30-yr
 * fixed; FHA, VA and jumbo loans with their 30-yr product. USDA loans have no published product and never trigger;
 * the 7/6 ARM is published for creatives, but no lead field says a current loan is an ARM (ADR 0008).
 */
public final class LoanRateProduct {

    /** Terms up to this many months compare with the 15-year product. */
    public static final int FIFTEEN_YEAR_MAX_TERM = 180;

    private LoanRateProduct() {
    }

    public static @Nullable RateProduct of(@Nullable LoanProgram program, @Nullable Integer termMonths) {
        if (program == null) {
            return null;
        }
        return switch (program) {
            case CONVENTIONAL -> termMonths != null && termMonths <= FIFTEEN_YEAR_MAX_TERM
                    ? RateProduct.CONV_15_FIXED : RateProduct.CONV_30_FIXED;
            case FHA -> RateProduct.FHA_30_FIXED;
            case VA -> RateProduct.VA_30_FIXED;
            case JUMBO -> RateProduct.JUMBO_30_FIXED;
            case USDA -> null;
        };
    }
}
