package com.porchlight.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Turns a presented key into an authentication, or nothing when the key is unknown or revoked. The lookup is by the
 * key's SHA-256 hash, so the database never compares secrets and response timing can reveal at most something about a
 * hash, which gives nothing away about any key.
 */
@Component
class ApiKeyAuthenticator {

    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    /** Longer than any key we issue (and the demo key); longer input is refused without hashing. */
    static final int MAX_KEY_LENGTH = 200;

    private final ApiKeyRepository keys;
    private final Clock clock;

    ApiKeyAuthenticator(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    Optional<ApiKeyAuthentication> authenticate(String presented) {
        if (presented.isBlank() || presented.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        return keys.findActiveByHash(ApiKeys.hash(presented.strip())).map(key -> {
            Instant now = clock.instant();
            Instant lastUsed = key.getLastUsedAt();
            if (lastUsed == null || lastUsed.isBefore(now.minus(TOUCH_INTERVAL))) {
                keys.touch(key.requireId(), now, now.minus(TOUCH_INTERVAL));
            }
            return new ApiKeyAuthentication(key.requireId(), key.getName() + " (" + key.getKeyPrefix() + "…)",
                    key.getScope(), key.getLeadSourceId());
        });
    }

    /** A request made with an API key: the principal names the key, the authority is its scope. */
    static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

        private final long keyId;
        private final String principal;
        private final ApiScope scope;

        ApiKeyAuthentication(long keyId, String principal, ApiScope scope, @Nullable Long leadSourceId) {
            super(List.of(new SimpleGrantedAuthority(scope.authority())));
            this.keyId = keyId;
            this.principal = principal;
            this.scope = scope;
            setDetails(new ApiClient(keyId, principal, scope, leadSourceId));
            setAuthenticated(true);
        }

        long keyId() {
            return keyId;
        }

        ApiScope scope() {
            return scope;
        }

        @Override
        public Object getCredentials() {
            return ""; // the key itself is never kept
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}
