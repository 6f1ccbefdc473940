package com.porchlight.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.KaribuTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a client's key does on each request: authenticates by hash, records its use at most once a minute. */
class ApiKeyAuthenticatorTest extends KaribuTest {

    @Autowired
    ApiKeyAuthenticator authenticator;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcTemplate jdbc;

    private Instant lastUsed(long id) {
        return jdbc.queryForObject("select last_used_at from api_key where id = ?", Timestamp.class, id).toInstant();
    }

    @Test
    void last_use_is_written_at_most_once_a_minute() {
        authenticateAs(ADMIN);
        NewApiKey key = keys.create("Busy client", ApiScope.COMPLIANCE_CHECK);
        logout();
        long id = key.summary().id();

        authenticator.authenticate(key.plainKey()).orElseThrow();
        Instant first = lastUsed(id);
        authenticator.authenticate(key.plainKey()).orElseThrow();
        assertThat(lastUsed(id)).as("a second request within the minute writes nothing").isEqualTo(first);

        Instant longAgo = first.minus(Duration.ofMinutes(2));
        jdbc.update("update api_key set last_used_at = ? where id = ?", Timestamp.from(longAgo), id);
        authenticator.authenticate(key.plainKey()).orElseThrow();
        assertThat(lastUsed(id)).as("a request after a minute records the new use").isAfter(longAgo);
    }

    @Test
    void keys_are_random_prefixed_and_only_their_hash_is_stored() {
        authenticateAs(ADMIN);
        NewApiKey a = keys.create("Client A", ApiScope.COMPLIANCE_CHECK);
        NewApiKey b = keys.create("Client B", ApiScope.COMPLIANCE_CHECK);
        logout();

        assertThat(a.plainKey()).matches("plk_[0-9A-Za-z]{40}").isNotEqualTo(b.plainKey());
        assertThat(a.summary().prefix()).isEqualTo(a.plainKey().substring(0, 8));
        assertThat(a.toString()).doesNotContain(a.plainKey());
        assertThat(jdbc.queryForObject("select key_hash from api_key where id = ?", String.class, a.summary().id()))
                .isEqualTo(ApiKeys.hash(a.plainKey())).hasSize(64).doesNotContain(a.plainKey().substring(4));
        assertThat(jdbc.queryForObject("select created_by from api_key where id = ?", String.class,
                b.summary().id())).isEqualTo(ADMIN);
        assertThat(authenticator.authenticate(b.plainKey()).orElseThrow().getAuthorities())
                .extracting(x -> x.getAuthority()).containsExactly("SCOPE_COMPLIANCE_CHECK");
    }
}
