package com.porchlight.compliance.engine;

import org.jspecify.annotations.Nullable;

/** The advertiser's own wording for standard disclosures; fixes use these when present. */
public record DisclosureSnippets(@Nullable String equalHousing, @Nullable String canSpamFooter) {
    public static DisclosureSnippets none() {
        return new DisclosureSnippets(null, null);
    }
}
