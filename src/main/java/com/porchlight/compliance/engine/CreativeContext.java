package com.porchlight.compliance.engine;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the creative advertises. Unknown values are null: rules then fall back to the wording itself,
 * which is why nothing here is mandatory.
 *
 * @param states two-letter codes of the states the creative is disseminated in
 * @param firstLien null when unknown; treated as first lien, the conservative reading for payments
 */
public record CreativeContext(
        Set<String> states,
        @Nullable Program program,
        @Nullable LoanPurpose purpose,
        @Nullable ProductType productType,
        @Nullable RateType rateType,
        @Nullable Boolean firstLien) {

    public CreativeContext {
        states = states.stream().map(s -> s.trim().toUpperCase(java.util.Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    public static CreativeContext unknown() {
        return new CreativeContext(Set.of(), null, null, null, null, null);
    }

    public boolean inState(String state) {
        return states.contains(state);
    }
}
