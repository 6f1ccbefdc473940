package com.porchlight.lead.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.apikey.ApiKeyService;
import com.porchlight.apikey.ApiScope;
import com.porchlight.apikey.NewApiKey;
import com.porchlight.base.UsStates;
import com.porchlight.lead.AssignmentMode;
import com.porchlight.lead.LeadSourceForm;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadSourceSummary;
import com.porchlight.lead.PricingModel;
import com.porchlight.lead.SourceChannel;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lead intake API over real HTTP, on the real server and database, the way a lead vendor's system calls it: every
 * status code it can answer, and what each one left in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LeadIntakeApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CONSENT_TEXT = "By clicking Submit I agree that Harbor Light Mortgage may call and "
            + "text me about my loan inquiry at the number provided, including by autodialer.";

    @LocalServerPort
    int port;

    @Autowired
    LeadSourceService sources;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    IntakeRateLimiter limiter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    record Reply(int status, JsonNode json, HttpResponse<String> raw) {
        String error() {
            return json.get("error").stringValue();
        }

        List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json.get("errors").values().forEach(e -> fields.add(e.get("field").isNull() ? null
                    : e.get("field").stringValue()));
            return fields;
        }

        String messageFor(String field) {
            for (JsonNode e : json.get("errors").values()) {
                if (!e.get("field").isNull() && e.get("field").stringValue().equals(field)) {
                    return e.get("message").stringValue();
                }
            }
            throw new AssertionError("no error for " + field + " in " + json);
        }
    }

    private Reply post(@Nullable String key, String body) throws Exception {
        return send(key, "POST", HttpRequest.BodyPublishers.ofString(body));
    }

    private Reply send(@Nullable String key, String method, HttpRequest.BodyPublisher body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/leads"))
                .header("Content-Type", "application/json")
                .method(method, body);
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).as("every answer is JSON: " + response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
        return new Reply(response.statusCode(), JSON.readTree(response.body()), response);
    }

    private <T> T asAdmin(Supplier<T> action) {
        // The holder's strategy is JVM-global; use the one this application context's method security reads.
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("admin@porchlight.demo", null, "ROLE_ADMIN"));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private LeadSourceSummary source(String name, boolean active, AssignmentMode routing) {
        return asAdmin(() -> sources.create(new LeadSourceForm(name + " " + System.nanoTime(),
                SourceChannel.AGGREGATOR, PricingModel.PER_LEAD, new BigDecimal("32.50"), false, active, routing)));
    }

    private NewApiKey key(LeadSourceSummary source) {
        return asAdmin(() -> sources.issueKey(source.id(), "Vendor system"));
    }

    private String keyFor(String sourceName) {
        return key(source(sourceName, true, AssignmentMode.ROUND_ROBIN)).plainKey();
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** A complete, realistic lead as a vendor posts it. */
    private static String lead(String externalId, String email, String state) {
        return """
                {"externalId": "%s", "firstName": "Maria", "lastName": "Alvarez", "email": "%s",
                 "phone": "(602) 555-0148", "state": "%s", "zip": "85016", "county": "Maricopa",
                 "loanPurpose": "PURCHASE", "loanProgram": "FHA", "creditScore": 688, "annualIncome": 96000,
                 "monthlyDebt": 850, "propertyValue": 415000, "loanAmount": 400475, "currentRate": 6.875,
                 "firstTimeBuyer": true, "veteran": false,
                 "consent": {"email": true,
                             "sms": {"granted": true, "text": "%s", "capturedAt": "2026-01-05T14:05:00Z"}}}
                """.formatted(externalId, email, state, CONSENT_TEXT);
    }

    private long leadsOfSource(String key) {
        String hash = sha256(key);
        return jdbc.sql("SELECT COUNT(*) FROM leads l JOIN api_key k ON k.lead_source_id = l.source_id "
                + "WHERE k.key_hash = ?").param(hash).query(Long.class).single();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- 201 ----

    @Test
    void a_lead_is_created_and_routed_to_a_loan_officer_licensed_in_its_state() throws Exception {
        LeadSourceSummary source = source("Rate aggregator", true, AssignmentMode.ROUND_ROBIN);
        String key = key(source).plainKey();

        Reply reply = post(key, lead("LP-" + unique(), "maria." + unique() + "@example.com", "AZ"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("status").stringValue()).isEqualTo("created");
        assertThat(reply.json().get("stage").stringValue()).isEqualTo("NEW");
        assertThat(reply.json().get("unassignable").booleanValue()).isFalse();
        long id = reply.json().get("id").longValue();
        assertThat(reply.json().get("score").get("fit").intValue()).as("scored before the answer").isEqualTo(
                jdbc.sql("SELECT fit FROM lead_score WHERE lead_id = ?").param(id).query(Integer.class).single());
        var row = jdbc.sql("""
                SELECT l.source_id, l.state, l.current_rate, l.credit_band, l.emailable, l.sms_ok, u.display_name,
                       (SELECT COUNT(*) FROM loan_officer_license x WHERE x.user_id = l.assigned_lo_id
                                                                      AND x.state = l.state) AS licensed
                  FROM leads l JOIN app_user u ON u.id = l.assigned_lo_id WHERE l.id = ?""")
                .param(id).query().singleRow();
        assertThat(((Number) row.get("source_id")).longValue()).isEqualTo(source.id());
        assertThat(reply.json().get("assignedLoanOfficer").stringValue()).isEqualTo(row.get("display_name"));
        assertThat(((Number) row.get("licensed")).intValue()).as("the officer is licensed in AZ").isEqualTo(1);
        assertThat((BigDecimal) row.get("current_rate")).as("numbers arrive exactly as sent")
                .isEqualByComparingTo("6.875");
        assertThat(row.get("credit_band")).isEqualTo("GOOD");
        assertThat(row).containsEntry("emailable", true).containsEntry("sms_ok", true);
        assertThat(jdbc.sql("SELECT consent_text FROM lead_consent_event WHERE lead_id = ? AND channel = 'SMS'")
                .param(id).query(String.class).single()).as("the consent language is kept as evidence")
                .isEqualTo(CONSENT_TEXT);
    }

    @Test
    void a_lead_in_a_state_where_no_loan_officer_is_licensed_is_flagged_unassignable() throws Exception {
        List<String> licensed = jdbc.sql("SELECT DISTINCT l.state FROM loan_officer_license l").query(String.class)
                .list();
        var free = UsStates.codes().stream().filter(s -> !licensed.contains(s)).findFirst();
        // The demo loan officers deliberately leave some states uncovered (as real lenders do).
        assertThat(free).as("a state without licensed loan officers").isPresent();

        Reply reply = post(keyFor("Unlicensed state test"), lead("LP-" + unique(), unique() + "@example.com",
                free.get()));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("unassignable").booleanValue()).isTrue();
        assertThat(reply.json().get("assignedLoanOfficer").isNull()).isTrue();
    }

    @Test
    void the_demo_intake_key_books_leads_to_the_demo_web_form() throws Exception {
        Reply reply = post("demo-intake-key", lead("DEMO-" + unique(), unique() + "@example.com", "CA"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT s.name FROM leads l JOIN lead_source s ON s.id = l.source_id WHERE l.id = ?")
                .param(reply.json().get("id").longValue()).query(String.class).single()).isEqualTo("Demo Web Form");
    }

    // ---- 200 duplicate ----

    @Test
    void the_same_external_id_again_is_a_duplicate_answered_with_the_first_leads_id() throws Exception {
        String key = keyFor("Duplicate by id");
        String externalId = "LP-" + unique();
        Reply first = post(key, lead(externalId, "first." + unique() + "@example.com", "CA"));

        Reply again = post(key, lead(externalId, "other." + unique() + "@example.com", "CA"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().propertyNames()).containsExactlyInAnyOrder("id", "status");
        assertThat(again.json().get("status").stringValue()).isEqualTo("duplicate");
        assertThat(again.json().get("id").longValue()).isEqualTo(first.json().get("id").longValue());
        assertThat(leadsOfSource(key)).isEqualTo(1);
    }

    @Test
    void the_same_email_in_other_letter_case_is_a_duplicate_within_the_source_but_not_in_another() throws Exception {
        String key = keyFor("Duplicate by email");
        String email = "ann.lee." + unique() + "@example.com";
        Reply first = post(key, lead("A-" + unique(), email, "CA"));

        Reply again = post(key, lead("B-" + unique(), email.toUpperCase(), "CA"));
        Reply elsewhere = post(keyFor("Another vendor"), lead("C-" + unique(), email, "CA"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").longValue()).isEqualTo(first.json().get("id").longValue());
        assertThat(leadsOfSource(key)).isEqualTo(1);
        assertThat(elsewhere.status()).as("another source may have the same borrower").isEqualTo(201);
    }

    @Test
    void eight_simultaneous_retries_of_one_lead_store_it_once_and_all_get_its_id() throws Exception {
        String key = keyFor("Concurrent retries");
        String body = lead("RETRY-" + unique(), "retry." + unique() + "@example.com", "CA");
        int threads = 8;
        var start = new CyclicBarrier(threads);
        List<Reply> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return post(key, body);
                }));
            }
            for (Future<Reply> f : futures) {
                replies.add(f.get());
            }
        }

        assertThat(replies).extracting(Reply::status).as(replies.toString()).containsOnly(201, 200);
        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).extracting(r -> r.json().get("id").longValue()).containsOnly(
                replies.getFirst().json().get("id").longValue());
        assertThat(leadsOfSource(key)).isEqualTo(1);
    }

    // ---- 400 ----

    @Test
    void an_invalid_lead_gets_every_problem_at_once_and_nothing_is_stored() throws Exception {
        String key = keyFor("Invalid leads");

        Reply reply = post(key, """
                {"firstname": "Maria", "email": "maria@example", "state": "ZZ", "loanPurpose": "PURCHASE",
                 "creditScore": 900, "annualIncome": {"amount": 96000}, "veteran": "maybe",
                 "receivedAt": "2026-01-05T14:05:00Z",
                 "consent": {"email": true, "sms": {"granted": true, "capturedAt": "2026-01-05T14:05:00Z"},
                             "phone": true}}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactlyInAnyOrder("firstname", "annualIncome", "receivedAt",
                "consent.phone", "firstName", "lastName", "email", "state", "creditScore", "veteran",
                "consent.sms.granted", "consent.sms.text");
        assertThat(reply.messageFor("firstname")).contains("did you mean \"firstName\"");
        assertThat(reply.messageFor("annualIncome")).isEqualTo("Annual income (annualIncome) must be a number, not "
                + "an object.");
        assertThat(reply.messageFor("receivedAt")).contains("Porchlight records the moment the lead arrives");
        assertThat(reply.messageFor("creditScore")).isEqualTo("Credit score must be between 300 and 850 (got 900).");
        assertThat(reply.messageFor("consent.sms.text")).contains("TCPA evidence");
        assertThat(leadsOfSource(key)).isZero();
    }

    @Test
    void a_valid_lead_with_only_a_misspelt_field_is_refused_rather_than_stored_without_it() throws Exception {
        String key = keyFor("Typos");
        String body = lead("T-" + unique(), unique() + "@example.com", "CA").replace("\"consent\"", "\"consents\"");

        Reply reply = post(key, body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("consents");
        assertThat(reply.messageFor("consents")).contains("did you mean \"consent\"");
        assertThat(leadsOfSource(key)).isZero();
    }

    @Test
    void malformed_json_and_an_empty_body_get_one_error_about_the_body() throws Exception {
        String key = keyFor("Malformed");

        Reply malformed = post(key, "{\"firstName\": \"Maria\",}");
        Reply empty = post(key, "");
        Reply array = post(key, "[{\"firstName\": \"Maria\"}]");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly((String) null);
        assertThat(malformed.json().get("errors").get(0).get("message").stringValue())
                .startsWith("Malformed JSON at line 1, column");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("message").stringValue()).contains("empty");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.json().get("errors").get(0).get("message").stringValue()).contains("it is an array");
        assertThat(leadsOfSource(key)).isZero();
    }

    // ---- 401 ----

    @Test
    void a_missing_or_unknown_key_is_refused_with_401() throws Exception {
        String body = lead("X-" + unique(), unique() + "@example.com", "CA");

        Reply missing = post(null, body);
        Reply unknown = post("plk_notARealKeyAtAllNotARealKeyAtAllNotARealK", body);

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.error()).contains("X-Api-Key");
        assertThat(missing.raw().headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.error()).isEqualTo("Unknown or revoked API key.");
    }

    @Test
    void a_key_works_until_it_is_revoked_then_gets_401() throws Exception {
        LeadSourceSummary source = source("Revoked vendor", true, AssignmentMode.ROUND_ROBIN);
        NewApiKey key = key(source);
        assertThat(post(key.plainKey(), lead("R-" + unique(), unique() + "@example.com", "CA")).status())
                .isEqualTo(201);

        asAdmin(() -> sources.revokeKey(source.id(), key.summary().id()));

        Reply reply = post(key.plainKey(), lead("R-" + unique(), unique() + "@example.com", "CA"));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("Unknown or revoked API key.");
        assertThat(leadsOfSource(key.plainKey())).isEqualTo(1);
    }

    // ---- 403 ----

    @Test
    void a_compliance_check_key_may_not_post_leads() throws Exception {
        NewApiKey key = asAdmin(() -> apiKeys.create("Agency CMS", ApiScope.COMPLIANCE_CHECK));

        Reply reply = post(key.plainKey(), lead("S-" + unique(), unique() + "@example.com", "CA"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.error()).contains("may not call /api/v1/leads");
    }

    @Test
    void a_lead_intake_key_may_not_call_the_compliance_check() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/compliance/check"))
                .header("X-Api-Key", keyFor("Scope test")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"channel\": \"SMS\", \"parts\": {\"sms\": \"Hi\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).get("error").stringValue())
                .contains("may not call /api/v1/compliance/check");
    }

    @Test
    void a_lead_intake_key_without_a_lead_source_is_refused_with_403() throws Exception {
        // Such keys cannot be created any more; one could be left from before keys were bound to sources.
        String plain = "plk_legacyIntakeKeyWithoutSource" + unique();
        jdbc.sql("INSERT INTO api_key (name, scope, key_prefix, key_hash, created_by, created_at) "
                + "VALUES ('Legacy vendor', 'LEAD_INTAKE', ?, ?, 'test', UTC_TIMESTAMP(6))")
                .params(plain.substring(0, 8), sha256(plain)).update();

        Reply reply = post(plain, lead("L-" + unique(), unique() + "@example.com", "CA"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.error()).contains("belongs to no lead source");
    }

    @Test
    void an_inactive_source_accepts_no_leads() throws Exception {
        LeadSourceSummary source = source("Paused vendor", false, AssignmentMode.ROUND_ROBIN);
        String key = key(source).plainKey();

        Reply reply = post(key, lead("P-" + unique(), unique() + "@example.com", "CA"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.error()).contains("\"" + source.name() + "\" is inactive");
        assertThat(leadsOfSource(key)).isZero();
    }

    // ---- 405, 413, 429 ----

    @Test
    void other_methods_get_405_with_allow() throws Exception {
        Reply reply = send(keyFor("Methods"), "GET", HttpRequest.BodyPublishers.noBody());

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.raw().headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void a_body_over_64_kilobytes_is_refused_with_413_whether_or_not_its_length_is_declared() throws Exception {
        String key = keyFor("Big bodies");
        String body = lead("B-" + unique(), unique() + "@example.com", "CA")
                .replace("\"county\": \"Maricopa\"", "\"county\": \"" + "x".repeat(70_000) + "\"");

        Reply declared = post(key, body);
        Reply chunked = send(key, "POST", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));

        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.error()).contains("64 KB");
        assertThat(chunked.status()).as("no Content-Length: the server counts what it reads").isEqualTo(413);
        assertThat(leadsOfSource(key)).isZero();
    }

    @Test
    void more_leads_than_the_keys_rate_get_429_with_retry_after_and_are_not_stored() throws Exception {
        NewApiKey key = key(source("Fast vendor", true, AssignmentMode.ROUND_ROBIN));
        limiter.setLimit(key.summary().id(), 2);

        Reply first = post(key.plainKey(), lead("F-" + unique(), unique() + "@example.com", "CA"));
        Reply second = post(key.plainKey(), lead("F-" + unique(), unique() + "@example.com", "CA"));
        Reply third = post(key.plainKey(), lead("F-" + unique(), unique() + "@example.com", "CA"));

        assertThat(List.of(first.status(), second.status(), third.status())).containsExactly(201, 201, 429);
        assertThat(third.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 30L));
        assertThat(third.error()).contains("the limit is 2 a minute");
        assertThat(leadsOfSource(key.plainKey())).isEqualTo(2);
        Reply otherKey = post(keyFor("Slow vendor"), lead("G-" + unique(), unique() + "@example.com", "CA"));
        assertThat(otherKey.status()).as("the limit is per key").isEqualTo(201);
    }

    // ---- the OpenAPI document ----

    @Test
    @SuppressWarnings("unchecked")
    void the_openapi_document_is_served_without_a_key() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/openapi.yaml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/yaml"));
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        Map<String, Object> document = new org.yaml.snakeyaml.Yaml().load(response.body());
        assertThat(document).containsKey("openapi");
        assertThat((Map<String, Object>) document.get("paths")).containsKeys("/api/v1/leads",
                "/api/v1/lead-events", "/api/v1/compliance/check");
    }
}
