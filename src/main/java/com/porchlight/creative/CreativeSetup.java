package com.porchlight.creative;

import com.porchlight.compliance.engine.LoanPurpose;
import com.porchlight.compliance.engine.ProductType;
import com.porchlight.compliance.engine.Program;
import com.porchlight.compliance.engine.RateType;
import com.porchlight.rate.RateProduct;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a creative advertises and where: the compliance engine's context plus the campaign, the named loan officer and
 * the rate product whose market rate the copy quotes (for staleness).
 *
 * @param states two-letter codes, sorted
 * @param loanOfficer email of the named loan officer, if the creative is co-branded with one
 * @param quotedProduct the product whose rate the copy quotes; needed when the copy states a rate
 */
public record CreativeSetup(
        Set<String> states,
        @Nullable Program program,
        @Nullable LoanPurpose purpose,
        @Nullable ProductType productType,
        @Nullable RateType rateType,
        @Nullable String campaign,
        @Nullable String loanOfficer,
        @Nullable RateProduct quotedProduct) {

    public CreativeSetup {
        TreeSet<String> sorted = new TreeSet<>();
        for (String s : states) {
            if (s != null && !s.isBlank()) {
                sorted.add(s.strip().toUpperCase(Locale.ROOT));
            }
        }
        states = java.util.Collections.unmodifiableSortedSet(sorted);
        campaign = campaign == null || campaign.isBlank() ? null : campaign.strip();
        loanOfficer = loanOfficer == null || loanOfficer.isBlank() ? null : loanOfficer.strip().toLowerCase(Locale.ROOT);
    }

    public static CreativeSetup empty() {
        return new CreativeSetup(Set.of(), null, null, null, null, null, null, null);
    }

    public CreativeSetup withQuotedProduct(@Nullable RateProduct product) {
        return new CreativeSetup(states, program, purpose, productType, rateType, campaign, loanOfficer, product);
    }

    public CreativeSetup withStates(Set<String> newStates) {
        return new CreativeSetup(newStates, program, purpose, productType, rateType, campaign, loanOfficer,
                quotedProduct);
    }
}
