package com.porchlight.lead.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.apikey.ApiKeyService;
import com.porchlight.apikey.ApiScope;
import com.porchlight.apikey.NewApiKey;
import com.porchlight.lead.AssignmentMode;
import com.porchlight.lead.LeadEventInput;
import com.porchlight.lead.LeadEventService;
import com.porchlight.lead.LeadSourceForm;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.PricingModel;
import com.porchlight.lead.SourceChannel;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lead events API over real HTTP, the way a website or email platform calls it: events change the lead's score
 * in the same request, a lead that crosses the threshold is handed to a loan officer, and a bad batch is refused whole
 * with every problem and its path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LeadEventsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    LeadSourceService sources;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    LeadEventService events;

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

        JsonNode lead(long id) {
            for (JsonNode l : json.get("leads").values()) {
                if (l.get("leadId").longValue() == id) {
                    return l;
                }
            }
            throw new AssertionError("no lead " + id + " in " + json);
        }
    }

    private Reply send(String path, @Nullable String key, String method, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).as("every answer is JSON: " + response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
        return new Reply(response.statusCode(), JSON.readTree(response.body()), response);
    }

    private Reply post(@Nullable String key, String body) throws Exception {
        return send(LeadEventController.PATH, key, "POST", body);
    }

    private <T> T asAdmin(Supplier<T> action) {
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("admin@porchlight.demo", null, "ROLE_ADMIN"));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private NewApiKey eventsKey() {
        return asAdmin(() -> apiKeys.create("Website " + System.nanoTime(), ApiScope.LEAD_EVENTS));
    }

    /** An intake key of a source that routes manually: its leads wait unassigned until someone (or the hand-off) acts. */
    private String manualIntakeKey() {
        return asAdmin(() -> {
            var source = sources.create(new LeadSourceForm("Events test " + System.nanoTime(), SourceChannel.SEARCH,
                    PricingModel.PER_LEAD, new BigDecimal("20"), false, true, AssignmentMode.MANUAL));
            return sources.issueKey(source.id(), "Vendor system").plainKey();
        });
    }

    /** A new lead through the intake API; returns its answer. */
    private Reply newLead(String intakeKey, String state) throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        Reply reply = send(LeadIntakeController.PATH, intakeKey, "POST", """
                {"externalId": "EV-%s", "firstName": "Eva", "lastName": "Events", "email": "eva.%s@example.com",
                 "state": "%s", "loanPurpose": "PURCHASE", "loanProgram": "FHA", "creditScore": 688,
                 "annualIncome": 96000, "monthlyDebt": 850, "propertyValue": 415000, "loanAmount": 400475,
                 "firstTimeBuyer": true}""".formatted(unique, unique, state));
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
        return reply;
    }

    private static String at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private long eventsOf(long leadId) {
        return jdbc.sql("SELECT COUNT(*) FROM lead_event WHERE lead_id = ?").param(leadId).query(Long.class).single();
    }

    private @Nullable Instant lastActivity(long leadId) {
        LocalDateTime value = jdbc.sql("SELECT last_activity_at FROM leads WHERE id = ?").param(leadId)
                .query(LocalDateTime.class).optional().orElse(null);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    // ---- the intake answer ----

    @Test
    void a_new_lead_is_answered_with_its_score_and_explanation() throws Exception {
        Reply reply = newLead(manualIntakeKey(), "CA");
        long id = reply.json().get("id").longValue();

        JsonNode score = reply.json().get("score");
        assertThat(score.propertyNames()).containsExactlyInAnyOrder("total", "fit", "intent", "mql", "threshold",
                "modelVersion", "explanation");
        var stored = jdbc.sql("SELECT total, fit, intent, mql, model_version FROM lead_score WHERE lead_id = ?")
                .param(id).query().singleRow();
        assertThat(score.get("total").decimalValue()).isEqualByComparingTo((BigDecimal) stored.get("total"));
        assertThat(score.get("fit").intValue()).isEqualTo(((Number) stored.get("fit")).intValue());
        assertThat(score.get("intent").decimalValue()).as("no events yet").isEqualByComparingTo("0");
        assertThat(score.get("mql").booleanValue()).isEqualTo(stored.get("mql"))
                .isEqualTo(score.get("total").decimalValue().compareTo(BigDecimal.valueOf(
                        score.get("threshold").intValue())) >= 0);
        assertThat(score.get("modelVersion").intValue()).isEqualTo(((Number) stored.get("model_version")).intValue());
        List<String> lines = new ArrayList<>();
        score.get("explanation").values().forEach(l -> lines.add(l.stringValue()));
        assertThat(lines).contains("Credit good (680–739) +12", "First-time buyer +3");
        assertThat(lines.getLast()).startsWith("Fit " + score.get("fit").intValue() + " + intent 0 = ");
        assertThat(reply.json().get("stage").stringValue()).isEqualTo("NEW");
    }

    // ---- 201 ----

    @Test
    void events_raise_the_score_at_once_and_a_lead_crossing_the_threshold_goes_to_a_licensed_loan_officer()
            throws Exception {
        long id = newLead(manualIntakeKey(), "CA").json().get("id").longValue();
        assertThat(jdbc.sql("SELECT assigned_lo_id FROM leads WHERE id = ?").param(id).query(Long.class).optional())
                .as("a manually routed lead waits unassigned").isEmpty();
        Instant now = Instant.now();
        Instant newest = now.minus(5, ChronoUnit.MINUTES);

        Reply reply = post(eventsKey().plainKey(), """
                {"events": [
                  {"leadId": %d, "type": "APPLICATION_START", "occurredAt": "%s"},
                  {"leadId": %d, "type": "PREQUAL_FORM", "occurredAt": "%s"},
                  {"leadId": "%d", "type": "rate-quote", "occurredAt": "%s", "detail": "30-yr fixed, $400k"},
                  {"leadId": %d, "type": "RATE_QUOTE", "occurredAt": "%s"},
                  {"leadId": %d, "type": "CALL", "occurredAt": "%s"},
                  {"leadId": %d, "type": "call", "occurredAt": "%s", "detail": null}]}""".formatted(
                id, at(now.minus(50, ChronoUnit.MINUTES)), id, at(now.minus(40, ChronoUnit.MINUTES)),
                id, at(now.minus(30, ChronoUnit.MINUTES)), id, at(now.minus(20, ChronoUnit.MINUTES)),
                id, at(now.minus(10, ChronoUnit.MINUTES)), id, at(newest)));

        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(201);
        assertThat(reply.json().get("recorded").intValue()).isEqualTo(6);
        assertThat(reply.json().get("alreadyRecorded").intValue()).isZero();
        JsonNode lead = reply.lead(id);
        // 25 + 20 + 30 + 20 of intent: above any threshold a model may set (at most 100) with this lead's fit.
        assertThat(lead.get("intent").decimalValue()).isGreaterThan(new BigDecimal("90"));
        assertThat(lead.get("mql").booleanValue()).isTrue();
        assertThat(lead.get("stage").stringValue()).isEqualTo("MQL");
        assertThat(lead.get("total").decimalValue()).isEqualByComparingTo(lead.get("intent").decimalValue()
                .add(lead.get("fit").decimalValue()));

        assertThat(eventsOf(id)).isEqualTo(6);
        assertThat(jdbc.sql("SELECT detail FROM lead_event WHERE lead_id = ? AND detail IS NOT NULL").param(id)
                .query(String.class).list()).containsExactly("30-yr fixed, $400k");
        assertThat(lastActivity(id)).as("the newest event's time").isEqualTo(Instant.parse(at(newest)));
        var row = jdbc.sql("""
                SELECT l.stage, l.assigned_lo_id, (SELECT COUNT(*) FROM loan_officer_license x
                                                    WHERE x.user_id = l.assigned_lo_id AND x.state = l.state) licensed,
                       s.total FROM leads l JOIN lead_score s ON s.lead_id = l.id WHERE l.id = ?""")
                .param(id).query().singleRow();
        assertThat(row.get("stage")).isEqualTo("MQL");
        assertThat(row.get("assigned_lo_id")).as("handed over to a loan officer").isNotNull();
        assertThat(((Number) row.get("licensed")).intValue()).as("licensed in CA").isEqualTo(1);
        assertThat((BigDecimal) row.get("total")).isEqualByComparingTo(lead.get("total").decimalValue());
        assertThat(jdbc.sql("SELECT reason FROM lead_stage_change WHERE lead_id = ? AND to_stage = 'MQL'").param(id)
                .query(String.class).single()).contains("reached the MQL threshold");
    }

    @Test
    void a_late_older_event_counts_but_does_not_move_the_last_activity_back_and_a_retry_is_not_stored_twice()
            throws Exception {
        long id = newLead(manualIntakeKey(), "TX").json().get("id").longValue();
        String key = eventsKey().plainKey();
        Instant recent = Instant.now().minus(1, ChronoUnit.HOURS);
        Instant older = recent.minus(3, ChronoUnit.DAYS);
        post(key, "{\"events\": [{\"leadId\": " + id + ", \"type\": \"EMAIL_CLICK\", \"occurredAt\": \"" + at(recent)
                + "\"}]}");
        String late = "{\"events\": [{\"leadId\": " + id + ", \"type\": \"WEBINAR\", \"occurredAt\": \"" + at(older)
                + "\", \"detail\": \"First-time buyer basics\"}]}";

        Reply first = post(key, late);
        Reply retry = post(key, late);

        assertThat(first.status()).isEqualTo(201);
        assertThat(lastActivity(id)).isEqualTo(Instant.parse(at(recent)));
        assertThat(retry.status()).as("nothing new: 200").isEqualTo(200);
        assertThat(retry.json().get("recorded").intValue()).isZero();
        assertThat(retry.json().get("alreadyRecorded").intValue()).isEqualTo(1);
        assertThat(retry.lead(id).get("total").decimalValue()).isEqualByComparingTo(
                first.lead(id).get("total").decimalValue());
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void events_without_a_time_are_stamped_now_and_always_stored() throws Exception {
        long id = newLead(manualIntakeKey(), "TX").json().get("id").longValue();
        String body = "{\"events\": [{\"leadId\": " + id + ", \"type\": \"PAGE_VIEW\"}, {\"leadId\": " + id
                + ", \"type\": \"PAGE_VIEW\"}]}";

        Reply first = post(eventsKey().plainKey(), body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("recorded").intValue()).isEqualTo(2);
        assertThat(eventsOf(id)).isEqualTo(2);
        assertThat(lastActivity(id)).isNotNull();
    }

    // ---- 400 ----

    @Test
    void an_invalid_batch_gets_every_problem_with_its_path_and_nothing_is_stored() throws Exception {
        long id = newLead(manualIntakeKey(), "CA").json().get("id").longValue();
        long missing = jdbc.sql("SELECT MAX(id) + 1000000 FROM leads").query(Long.class).single();
        Instant before = lastActivity(id);

        Reply reply = post(eventsKey().plainKey(), """
                {"events": [
                  {"leadId": %d, "type": "RATE_QUOTE"},
                  {"leadId": %d, "type": "RATE_QUOTE"},
                  {"leadId": %d, "type": "RATEQUOTE"},
                  {"leadId": %d, "type": "TWEET"},
                  {"leadId": %d, "type": "CALL", "occurredAt": "%s"},
                  {"leadId": %d, "type": "CALL", "occurredAt": "2020-01-01T00:00:00Z"},
                  {"leadId": %d, "type": "CALL", "occurredAt": "2026-11-26T10:00:00"},
                  {"leadId": %d, "type": "CALL", "detail": "%s"},
                  {"leadId": %d, "type": "CALL", "occuredAt": "2026-11-26T10:00:00Z"},
                  {"leadId": {"id": %d}, "type": 7},
                  {"type": "CALL"},
                  "CALL"]}""".formatted(id, missing, id, id, id, at(Instant.now().plus(1, ChronoUnit.HOURS)), id,
                id, id, "x".repeat(256), id, id));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("events[1].leadId", "events[2].type", "events[3].type",
                "events[4].occurredAt", "events[5].occurredAt", "events[6].occurredAt", "events[7].detail",
                "events[8].occuredAt", "events[9].leadId", "events[9].type", "events[10].leadId", "events[11]");
        assertThat(reply.messageFor("events[1].leadId")).isEqualTo("There is no lead " + missing + ".");
        assertThat(reply.messageFor("events[2].type")).contains("did you mean \"RATE_QUOTE\"");
        assertThat(reply.messageFor("events[3].type")).contains("the types are PAGE_VIEW, RATE_QUOTE");
        assertThat(reply.messageFor("events[4].occurredAt")).contains("is in the future");
        assertThat(reply.messageFor("events[5].occurredAt")).contains("more than 2 years ago");
        assertThat(reply.messageFor("events[6].occurredAt")).contains("needs a UTC offset");
        assertThat(reply.messageFor("events[7].detail")).contains("at most 255 characters (got 256)");
        assertThat(reply.messageFor("events[8].occuredAt")).contains("did you mean \"events[8].occurredAt\"");
        assertThat(reply.messageFor("events[9].leadId")).contains("must be a lead's id, a whole number, not an "
                + "object");
        assertThat(reply.messageFor("events[9].type")).isEqualTo("events[9].type must be text, not the number 7.");
        assertThat(reply.messageFor("events[10].leadId")).startsWith("leadId is required");
        assertThat(eventsOf(id)).as("the valid first event was not stored either").isZero();
        assertThat(lastActivity(id)).isEqualTo(before);
    }

    @Test
    void a_body_that_is_not_a_list_of_1_to_1000_events_is_refused() throws Exception {
        String key = eventsKey().plainKey();
        StringBuilder many = new StringBuilder("{\"events\": [");
        for (int i = 0; i < 1001; i++) {
            many.append(i == 0 ? "" : ",").append("{\"leadId\": 1, \"type\": \"PAGE_VIEW\"}");
        }
        many.append("]}");

        Reply empty = post(key, "{\"events\": []}");
        Reply tooMany = post(key, many.toString());
        Reply array = post(key, "[{\"leadId\": 1, \"type\": \"PAGE_VIEW\"}]");
        Reply typo = post(key, "{\"event\": [{\"leadId\": 1, \"type\": \"PAGE_VIEW\"}]}");
        Reply malformed = post(key, "{\"events\": [");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.messageFor("events")).isEqualTo("Send at least one event.");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorFields()).containsExactly("events");
        assertThat(tooMany.messageFor("events")).isEqualTo("At most 1,000 events per request (got 1,001); split them.");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.json().get("errors").get(0).get("message").stringValue()).contains("it is an array");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.errorFields()).containsExactly("event", "events");
        assertThat(typo.messageFor("event")).contains("did you mean \"events\"");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly((String) null);
    }

    // ---- 401, 403, 405, 413, 429 ----

    @Test
    void only_a_lead_events_key_may_post_events_and_it_may_not_post_leads() throws Exception {
        String body = "{\"events\": [{\"leadId\": 1, \"type\": \"PAGE_VIEW\"}]}";

        Reply missing = post(null, body);
        Reply intake = post(manualIntakeKey(), body);
        Reply compliance = post(asAdmin(() -> apiKeys.create("Agency CMS", ApiScope.COMPLIANCE_CHECK)).plainKey(),
                body);
        Reply eventsKeyPostingALead = send(LeadIntakeController.PATH, eventsKey().plainKey(), "POST",
                "{\"firstName\": \"Eva\"}");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(intake.status()).isEqualTo(403);
        assertThat(intake.error()).contains("may not call /api/v1/lead-events");
        assertThat(compliance.status()).isEqualTo(403);
        assertThat(eventsKeyPostingALead.status()).isEqualTo(403);
        assertThat(eventsKeyPostingALead.error()).contains("may not call /api/v1/leads");
    }

    @Test
    void the_service_refuses_console_users_even_administrators() {
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("admin@porchlight.demo", null, "ROLE_ADMIN"));
        try {
            assertThatThrownBy(() -> events.record(List.of(new LeadEventInput("1", "PAGE_VIEW", null, null))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> events.check(List.of())).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void other_methods_get_405_and_a_body_over_one_megabyte_413() throws Exception {
        String key = eventsKey().plainKey();

        Reply get = send(LeadEventController.PATH, key, "GET", "");
        Reply big = post(key, "{\"events\": [{\"leadId\": 1, \"type\": \"PAGE_VIEW\", \"detail\": \""
                + "x".repeat(1_100_000) + "\"}]}");

        assertThat(get.status()).isEqualTo(405);
        assertThat(get.raw().headers().firstValue("Allow")).hasValue("POST");
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.error()).contains("1 MB");
    }

    @Test
    void more_requests_than_the_keys_rate_get_429_with_retry_after_and_store_nothing() throws Exception {
        long id = newLead(manualIntakeKey(), "TX").json().get("id").longValue();
        NewApiKey key = eventsKey();
        limiter.setLimit(key.summary().id(), 1);
        String body = "{\"events\": [{\"leadId\": " + id + ", \"type\": \"PAGE_VIEW\"}]}";

        Reply first = post(key.plainKey(), body);
        Reply second = post(key.plainKey(), body);

        assertThat(List.of(first.status(), second.status())).containsExactly(201, 429);
        assertThat(second.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(second.error()).contains("the limit is 1 a minute");
        assertThat(eventsOf(id)).isEqualTo(1);
    }
}
