package com.porchlight.lead.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How posted JSON becomes the validator's text fields, and what the reader itself refuses. */
class LeadRequestReaderTest {

    private static LeadRequestReader.Read read(String json) {
        return LeadRequestReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void numbers_and_flags_arrive_as_the_text_they_were_written_as_and_consent_is_flattened() {
        var read = read("""
                {"firstName": "Ann", "creditScore": 702, "annualIncome": 120000.50, "currentRate": 6.875,
                 "loanAmount": 1e6, "zip": 94107, "veteran": true, "firstTimeBuyer": "yes", "county": null,
                 "consent": {"email": false, "sms": {"granted": true, "text": "I agree", "capturedAt": "2026-01-05"}}}
                """);

        assertThat(read.errors()).isEmpty();
        assertThat(read.fields()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("firstName", "Ann"), Map.entry("creditScore", "702"),
                Map.entry("annualIncome", "120000.50"), Map.entry("currentRate", "6.875"),
                Map.entry("loanAmount", "1000000"), Map.entry("zip", "94107"), Map.entry("veteran", "true"),
                Map.entry("firstTimeBuyer", "yes"), Map.entry("consent.email", "false"),
                Map.entry("consent.sms.granted", "true"), Map.entry("consent.sms.text", "I agree"),
                Map.entry("consent.sms.capturedAt", "2026-01-05")));
    }

    @Test
    void a_misspelt_field_is_refused_with_the_name_it_probably_meant() {
        var read = read("""
                {"firstname": "Ann", "last_name": "Lee", "emial": "a@b.co", "consent": {"sms": {"grantd": true}},
                 "favouriteColour": "blue"}""");

        assertThat(read.errors()).extracting(ApiFieldError::field)
                .containsExactly("firstname", "last_name", "emial", "consent.sms.grantd", "favouriteColour");
        assertThat(read.errors().get(0).message()).isEqualTo("Unknown field \"firstname\": did you mean "
                + "\"firstName\"? Field names are case-sensitive.");
        assertThat(read.errors().get(1).message()).contains("did you mean \"lastName\"");
        assertThat(read.errors().get(2).message()).contains("did you mean \"email\"");
        assertThat(read.errors().get(3).message()).contains("did you mean \"consent.sms.granted\"");
        assertThat(read.errors().get(4).message()).startsWith("Unknown field \"favouriteColour\"; the fields are "
                + "externalId, firstName, lastName,");
        assertThat(read.fields()).isEmpty();
    }

    @Test
    void values_of_the_wrong_json_type_are_named_with_what_the_field_takes() {
        var read = read("""
                {"firstName": {"given": "Ann"}, "lastName": 7, "creditScore": true, "veteran": 1,
                 "email": ["a@b.co"], "consent": "yes", "phone": 4155550134}""");

        assertThat(read.errors()).extracting(ApiFieldError::field, ApiFieldError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("firstName", "First name (firstName) must be text, not an object."),
                org.assertj.core.groups.Tuple.tuple("lastName", "Last name (lastName) must be text, not the number 7."),
                org.assertj.core.groups.Tuple.tuple("creditScore", "Credit score (creditScore) must be a number, not true."),
                org.assertj.core.groups.Tuple.tuple("veteran", "Veteran (veteran) must be true or false, not the number 1."),
                org.assertj.core.groups.Tuple.tuple("email", "Email (email) must be text, not an array."),
                org.assertj.core.groups.Tuple.tuple("consent", "consent must be a JSON object with email, sms (not text)."));
        assertThat(read.fields()).containsExactly(Map.entry("phone", "4155550134"));
    }

    @Test
    void received_at_is_stamped_by_the_server_and_refused_when_sent() {
        var read = read("{\"receivedAt\": \"2026-01-05T10:00:00Z\"}");

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("receivedAt");
            assertThat(e.message()).contains("Porchlight records the moment the lead arrives");
        });
    }

    @Test
    void a_body_that_is_no_json_object_is_one_error_without_a_field() {
        assertThat(read("").errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isNull();
            assertThat(e.message()).isEqualTo("The body is empty: send the lead as a JSON object.");
        });
        assertThat(read("{\"firstName\": \"Ann\"").errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isNull();
            assertThat(e.message()).startsWith("Malformed JSON at line 1, column");
        });
        assertThat(read("{\"email\": \"a@b.co\", \"email\": \"c@d.co\"}").errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("Duplicate Object property \"email\""));
        assertThat(read("{} {}").errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("Malformed JSON"));
        assertThat(read("\"Ann\"").errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("it is text"));
    }

    @Test
    void an_absurd_exponent_is_passed_on_in_scientific_form_instead_of_being_expanded() {
        var read = read("{\"loanAmount\": 1e999999999}");

        assertThat(read.errors()).isEmpty();
        assertThat(read.fields().get("loanAmount")).isEqualTo("1E+999999999");
    }
}
