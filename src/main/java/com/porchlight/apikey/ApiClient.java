package com.porchlight.apikey;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The machine client behind an API request: the key's id and name, its scope, and for lead-intake keys the lead
 * source it delivers for. Controllers read it with {@link #current()}.
 */
public record ApiClient(long keyId, String name, ApiScope scope, @Nullable Long leadSourceId) {

    /** The client of the current request, when it was authenticated by an API key. */
    public static Optional<ApiClient> current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getDetails() instanceof ApiClient client ? Optional.of(client) : Optional.empty();
    }
}
