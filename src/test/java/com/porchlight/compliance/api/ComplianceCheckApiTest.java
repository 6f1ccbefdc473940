package com.porchlight.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.apikey.ApiKeyService;
import com.porchlight.apikey.ApiScope;
import com.porchlight.apikey.NewApiKey;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public check API over real HTTP, on the real server and database, as another system calls it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ComplianceCheckApiTest {

    private static final String DEMO_KEY = "demo-compliance-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A lender's full identity, so verdicts do not depend on what profile happens to be stored. */
    private static final String ACME = """
            "advertiser": {"legalName": "Acme Home Loans, LLC", "nmlsId": "1234567", "regulatorType": "NONBANK",
              "address": "100 Main St, Austin, TX 78701"}""";

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Autowired
    ApplicationContext context;

    record Reply(int status, JsonNode json, HttpResponse<String> raw) {
    }

    private Reply post(@Nullable String key, String body) throws Exception {
        return send(key, HttpRequest.BodyPublishers.ofString(body));
    }

    private Reply send(@Nullable String key, HttpRequest.BodyPublisher body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/compliance/check"))
                .header("Content-Type", "application/json")
                .POST(body);
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).as("every answer is JSON: " + response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return new Reply(response.statusCode(), JSON.readTree(response.body()), response);
    }

    private static List<JsonNode> findings(Reply reply, String ruleId) {
        var found = new ArrayList<JsonNode>();
        reply.json().get("findings").values().forEach(f -> {
            if (f.get("ruleId").stringValue().equals(ruleId)) {
                found.add(f);
            }
        });
        return found;
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

    private static final String RATE_AD = """
            {"channel": "SEARCH_AD", "context": {"purpose": "REFINANCE"},
             "parts": {"headline": "Refinance at 5.99%!",
                       "description": "Acme Home Loans NMLS #1234567. Equal Housing Opportunity."},
             ADVERTISER}""".replace("ADVERTISER", ACME);

    @Test
    void a_request_without_a_key_is_refused_with_401_and_no_login_redirect() throws Exception {
        Reply reply = post(null, RATE_AD);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").stringValue()).contains("X-Api-Key");
        assertThat(reply.raw().headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
    }

    @Test
    void an_unknown_key_is_refused_with_401() throws Exception {
        Reply reply = post("plk_notARealKeyAtAllNotARealKeyAtAllNotARealK", RATE_AD);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").stringValue()).isEqualTo("Unknown or revoked API key.");
    }

    @Test
    void a_key_works_until_it_is_revoked() throws Exception {
        NewApiKey key = asAdmin(() -> keys.create("Agency CMS", ApiScope.COMPLIANCE_CHECK));
        assertThat(post(key.plainKey(), RATE_AD).status()).isEqualTo(200);

        asAdmin(() -> keys.revoke(key.summary().id()));

        Reply reply = post(key.plainKey(), RATE_AD);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").stringValue()).isEqualTo("Unknown or revoked API key.");
    }

    @Test
    void a_rate_without_its_apr_is_blocked_and_the_finding_points_at_the_rate() throws Exception {
        Reply reply = post(DEMO_KEY, RATE_AD);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("verdict").stringValue()).isEqualTo("BLOCKED");
        List<JsonNode> apr = findings(reply, "REGZ-RATE-APR");
        assertThat(apr).hasSize(1);
        JsonNode f = apr.getFirst();
        assertThat(f.get("severity").stringValue()).isEqualTo("BLOCK");
        assertThat(f.get("part").stringValue()).isEqualTo("headline");
        assertThat(f.get("partIndex").intValue()).isZero();
        String headline = "Refinance at 5.99%!";
        assertThat(headline.substring(f.get("start").intValue(), f.get("end").intValue())).isEqualTo("5.99%");
        assertThat(f.get("citation").stringValue()).isNotBlank();
        assertThat(f.get("message").stringValue()).isNotBlank();
        assertThat(f.has("suggestion")).isTrue();
    }

    @Test
    void several_headlines_are_checked_one_by_one_and_findings_name_the_line() throws Exception {
        Reply reply = post(DEMO_KEY, """
                {"channel": "SEARCH_AD",
                 "parts": {"headline": "Home loans made simple\\nRefinance at 5.99%!",
                           "description": ["Acme Home Loans NMLS #1234567.", "Equal Housing Opportunity."]},
                 ADVERTISER}""".replace("ADVERTISER", ACME));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode f = findings(reply, "REGZ-RATE-APR").getFirst();
        assertThat(f.get("part").stringValue()).isEqualTo("headline");
        assertThat(f.get("partIndex").intValue()).isEqualTo(1);
        assertThat("Refinance at 5.99%!".substring(f.get("start").intValue(), f.get("end").intValue()))
                .isEqualTo("5.99%");
    }

    @Test
    void clean_copy_is_not_blocked() throws Exception {
        Reply reply = post(DEMO_KEY, """
                {"channel": "DISPLAY_AD", "context": {"states": ["TX"]},
                 "parts": {"headline": "Home loans made simple",
                           "body": "Apply online in minutes; subject to credit approval. Acme Home Loans, NMLS #1234567. Equal Housing Opportunity."},
                 ADVERTISER}""".replace("ADVERTISER", ACME));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("verdict").stringValue()).isIn("CLEAR", "NEEDS_REVIEW");
        reply.json().get("findings").values().forEach(f ->
                assertThat(f.get("severity").stringValue()).as(f.toString()).isNotEqualTo("BLOCK"));
        assertThat(findings(reply, "SAFE-NMLS-STATE")).isEmpty();
    }

    @Test
    void the_advertisers_nmls_id_from_the_request_decides_the_nmls_rule() throws Exception {
        String ad = """
                {"channel": "DISPLAY_AD",
                 "parts": {"body": "Home loans made simple. Acme Home Loans NMLS #1234567. Equal Housing Opportunity."},
                 "advertiser": {"legalName": "Acme Home Loans, LLC", "nmlsId": %s}}""";

        assertThat(findings(post(DEMO_KEY, ad.formatted("\"1234567\"")), "SAFE-NMLS-STATE")).isEmpty();
        assertThat(findings(post(DEMO_KEY, ad.formatted("1234567")), "SAFE-NMLS-STATE"))
                .as("a numeric NMLS ID is accepted too").isEmpty();

        Reply other = post(DEMO_KEY, ad.formatted("\"7654321\""));
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("verdict").stringValue()).isEqualTo("BLOCKED");
        assertThat(findings(other, "SAFE-NMLS-STATE")).singleElement()
                .satisfies(f -> assertThat(f.get("message").stringValue()).contains("does not match"));
    }

    @Test
    void the_address_may_be_text_or_an_object_and_a_bad_one_names_the_field() throws Exception {
        String email = """
                {"channel": "EMAIL", "parts": {"senderName": "Acme Home Loans", "subject": "Your options",
                   "body": "Talk to us about buying a home.",
                   "footer": "Acme Home Loans, LLC NMLS #1234567. Equal Housing Opportunity. Unsubscribe: reply STOP. This is an advertisement. 100 Main St, Austin, TX 78701"},
                 "advertiser": {"legalName": "Acme Home Loans, LLC", "nmlsId": "1234567", "address": %s}}""";

        assertThat(post(DEMO_KEY, email.formatted("\"100 Main St, Suite 2, Austin, TX 78701\"")).status())
                .isEqualTo(200);
        assertThat(post(DEMO_KEY, email.formatted(
                "{\"street\": \"100 Main St\", \"city\": \"Austin\", \"state\": \"TX\", \"postalCode\": \"78701\"}"))
                .status()).isEqualTo(200);

        Reply bad = post(DEMO_KEY, email.formatted("\"somewhere in Texas\""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").stringValue()).isEqualTo("advertiser.address");
        Reply badObject = post(DEMO_KEY, email.formatted("{\"street\": \"100 Main St\", \"city\": \"Austin\"}"));
        assertThat(badObject.status()).isEqualTo(400);
        assertThat(badObject.json().get("field").stringValue()).isEqualTo("advertiser.address.state");
    }

    @Test
    void an_unknown_enum_value_is_refused_naming_the_field_and_the_allowed_values() throws Exception {
        Reply reply = post(DEMO_KEY, """
                {"channel": "EMAIL", "parts": {"body": "Hello"}, "context": {"program": "FHAA"}}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").stringValue()).isEqualTo("context.program");
        assertThat(reply.json().get("error").stringValue()).contains("FHAA").contains("CONVENTIONAL, FHA, VA");
        assertThat(reply.json().get("allowed").values()).extracting(JsonNode::stringValue).contains("FHA", "VA");

        Reply channel = post(DEMO_KEY, "{\"channel\": \"FAX\", \"parts\": {\"body\": \"Hello\"}}");
        assertThat(channel.status()).isEqualTo(400);
        assertThat(channel.json().get("field").stringValue()).isEqualTo("channel");
    }

    @Test
    void malformed_json_and_wrong_types_are_refused_naming_where() throws Exception {
        Reply syntax = post(DEMO_KEY, """
                {"channel": "EMAIL", "parts": {"body": "Hello" "footer": "x"}}""");
        assertThat(syntax.status()).isEqualTo(400);
        assertThat(syntax.json().get("error").stringValue()).startsWith("Malformed JSON at line 1");
        assertThat(syntax.json().get("field").stringValue()).startsWith("parts");

        Reply type = post(DEMO_KEY, """
                {"channel": "EMAIL", "parts": {"body": "Hello"}, "context": {"firstLien": "yes"}}""");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.json().get("field").stringValue()).isEqualTo("context.firstLien");

        Reply officer = post(DEMO_KEY, """
                {"channel": "EMAIL", "parts": {"body": "Hello"}, "advertiser": {"loanOfficers": [{"nmlsId": "1"}]}}""");
        assertThat(officer.json().get("field").stringValue()).isEqualTo("advertiser.loanOfficers[0].name");

        Reply notAnObject = post(DEMO_KEY, "[1, 2]");
        assertThat(notAnObject.status()).isEqualTo(400);
    }

    @Test
    void an_unknown_part_name_or_no_copy_at_all_is_refused() throws Exception {
        Reply unknown = post(DEMO_KEY, "{\"channel\": \"EMAIL\", \"parts\": {\"disclosure\": \"Hello\"}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").stringValue()).isEqualTo("parts.disclosure");
        assertThat(unknown.json().get("allowed").values()).extracting(JsonNode::stringValue)
                .containsExactly("senderName", "subject", "preheader", "headline", "description", "body",
                        "callToAction", "footer", "disclosures", "sms");

        for (String parts : List.of("{}", "{\"body\": \"  \", \"sms\": null}")) {
            Reply empty = post(DEMO_KEY, "{\"channel\": \"SMS\", \"parts\": " + parts + "}");
            assertThat(empty.status()).as(parts).isEqualTo(400);
            assertThat(empty.json().get("field").stringValue()).isEqualTo("parts");
        }
        Reply missing = post(DEMO_KEY, "{\"channel\": \"SMS\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").stringValue()).isEqualTo("parts");
    }

    @Test
    void sms_text_is_read_from_the_sms_part() throws Exception {
        Reply reply = post(DEMO_KEY, """
                {"channel": "SMS", "parts": {"sms": "You're pre-approved! No credit check. Call now 555-0100"}}""");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(findings(reply, "UDAAP-NO-CREDIT-CHECK")).singleElement()
                .satisfies(f -> assertThat(f.get("part").stringValue()).isEqualTo("sms"))
                .satisfies(f -> assertThat(f.has("partIndex")).isFalse());
    }

    private HttpResponse<String> raw(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void other_methods_unknown_api_addresses_and_html_clients_get_json_never_a_vaadin_page() throws Exception {
        String base = "http://localhost:" + port;
        var get = raw(HttpRequest.newBuilder(URI.create(base + "/api/v1/compliance/check"))
                .header("X-Api-Key", DEMO_KEY).GET());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(JSON.readTree(get.body()).get("error").stringValue()).contains("POST");

        var unknown = raw(HttpRequest.newBuilder(URI.create(base + "/api/v1/nothing-here"))
                .header("X-Api-Key", DEMO_KEY).POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").stringValue()).contains("/api/v1/nothing-here");
        assertThat(unknown.headers().firstValue("Set-Cookie")).isEmpty();

        var html = raw(HttpRequest.newBuilder(URI.create(base + "/api/v1/compliance/check"))
                .header("X-Api-Key", DEMO_KEY).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("{\"channel\": \"SMS\", \"parts\": {\"sms\": \"Hi\"}}")));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(html.body()).get("verdict").isString()).isTrue();
    }

    private static String bigBody(int bytes) {
        String prefix = "{\"channel\": \"EMAIL\", \"parts\": {\"body\": \"";
        return prefix + "a".repeat(bytes - prefix.length() - 3) + "\"}}";
    }

    @Test
    void a_body_over_one_megabyte_is_refused_with_413_whether_or_not_its_length_is_declared() throws Exception {
        String body = bigBody(1_100_000);

        Reply declared = post(DEMO_KEY, body);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.json().get("error").stringValue()).contains("1 MB");

        // Chunked: no Content-Length header, so the server must count what it reads.
        Reply chunked = send(DEMO_KEY, HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
        assertThat(chunked.status()).isEqualTo(413);
    }

    @Test
    void a_body_just_under_one_megabyte_is_checked() throws Exception {
        Reply reply = post(DEMO_KEY, bigBody(1024 * 1024 - 10));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("verdict").isString()).isTrue();
    }
}
