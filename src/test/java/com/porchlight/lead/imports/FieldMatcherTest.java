package com.porchlight.lead.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.lead.LeadField;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldMatcherTest {

    @Test
    void headers_match_whatever_their_case_spacing_underscores_and_punctuation() {
        for (String header : List.of("firstName", "First Name", "FIRST_NAME", "first-name", " First  name ",
                "FirstName")) {
            assertThat(FieldMatcher.match(header)).as(header).contains(LeadField.FIRST_NAME);
        }
        assertThat(FieldMatcher.match("E-Mail")).contains(LeadField.EMAIL);
        assertThat(FieldMatcher.match("consent.sms.capturedAt")).contains(LeadField.CONSENT_SMS_CAPTURED_AT);
        assertThat(FieldMatcher.match("Current loan term (months)")).contains(LeadField.CURRENT_LOAN_TERM_MONTHS);
    }

    @Test
    void synonyms_and_borrower_prefixes_match_the_field_vendors_mean() {
        assertThat(FieldMatcher.match("Zip Code")).contains(LeadField.ZIP);
        assertThat(FieldMatcher.match("FICO")).contains(LeadField.CREDIT_SCORE);
        assertThat(FieldMatcher.match("TCPA Consent")).contains(LeadField.CONSENT_SMS_GRANTED);
        assertThat(FieldMatcher.match("Mobile")).contains(LeadField.PHONE);
        assertThat(FieldMatcher.match("ST")).contains(LeadField.STATE);
        assertThat(FieldMatcher.match("Lead ID")).contains(LeadField.EXTERNAL_ID);
        assertThat(FieldMatcher.match("Borrower Email")).contains(LeadField.EMAIL);
        assertThat(FieldMatcher.match("Borrower_First_Name")).contains(LeadField.FIRST_NAME);
        assertThat(FieldMatcher.match("Lead Date")).contains(LeadField.RECEIVED_AT);
    }

    @Test
    void every_key_and_label_matches_its_own_field() {
        for (LeadField field : LeadField.values()) {
            assertThat(FieldMatcher.match(field.key())).as(field.key()).contains(field);
            assertThat(FieldMatcher.match(field.label())).as(field.label()).contains(field);
            Arrays.stream(field.synonyms().split(","))
                    .forEach(s -> assertThat(FieldMatcher.match(s)).as(s).contains(field));
        }
    }

    @Test
    void unknown_headers_are_ignored() {
        var mapping = FieldMatcher.autoMap(List.of("First Name", "Favourite colour", "", "Notes", "State"));
        assertThat(mapping.columns()).containsExactly(LeadField.FIRST_NAME, null, null, null, LeadField.STATE);
        assertThat(FieldMatcher.autoMap(List.of("foo", "bar")).mapsAnything()).isFalse();
    }

    @Test
    void a_field_mapped_from_two_columns_is_reported_next_to_both() {
        List<String> headers = List.of("First", "Last", "Phone", "Mobile", "State", "Purpose");
        var mapping = FieldMatcher.autoMap(headers);
        assertThat(mapping.columns()).containsExactly(LeadField.FIRST_NAME, LeadField.LAST_NAME, LeadField.PHONE,
                LeadField.PHONE, LeadField.STATE, LeadField.LOAN_PURPOSE);
        var duplicates = mapping.duplicates(headers);
        assertThat(duplicates).containsOnlyKeys(2, 3);
        assertThat(duplicates.get(2)).isEqualTo("Phone is also mapped from column 4 (Mobile). Map it from one column "
                + "only.");
        assertThat(duplicates.get(3)).contains("column 3 (Phone)");
        assertThat(mapping.problem(headers)).contains("more than one column");

        var fixed = mapping.with(3, null);
        assertThat(fixed.duplicates(headers)).isEmpty();
        assertThat(fixed.problem(headers)).isNull();
    }

    @Test
    void missing_required_fields_are_named_and_email_or_phone_counts_as_one() {
        List<String> headers = List.of("First", "Email", "Notes");
        var mapping = FieldMatcher.autoMap(headers);
        assertThat(mapping.missingRequired()).containsExactly("Last name", "State", "Loan purpose");
        assertThat(mapping.problem(headers)).isEqualTo("Map a column to each required field: Last name, State and "
                + "Loan purpose.");

        var noContact = FieldMatcher.autoMap(List.of("First", "Last", "State", "Purpose"));
        assertThat(noContact.missingRequired()).containsExactly("Email or Phone");
        var phoneOnly = FieldMatcher.autoMap(List.of("First", "Last", "State", "Purpose", "Cell"));
        assertThat(phoneOnly.missingRequired()).isEmpty();
    }
}
