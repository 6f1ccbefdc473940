package com.porchlight.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadValidatorTest {

    private final LeadValidator validator = new LeadValidator(
            Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));

    private static Map<String, String> minimal() {
        return new HashMap<>(Map.of("firstName", "Dana", "lastName", "Reyes", "email", "dana@example.com",
                "state", "TX", "loanPurpose", "PURCHASE"));
    }

    private LeadValidator.Result validate(Map<String, String> in) {
        return validator.validate(in);
    }

    private String errorOf(Map<String, String> in, String field) {
        var result = validate(in);
        return result.errors().stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + result.errors()));
    }

    @Test
    void a_minimal_lead_is_valid_and_normalised() {
        var in = minimal();
        in.put("state", "texas");
        in.put("phone", "+1 (512) 555-0199");
        in.put("zip", "78701-1234");
        var lead = validate(in).lead();
        assertThat(lead).isNotNull();
        assertThat(lead.state()).isEqualTo("TX");
        assertThat(lead.phone()).isEqualTo("5125550199");
        assertThat(lead.zip()).isEqualTo("78701");
        assertThat(lead.emailOptIn()).isFalse();
        assertThat(lead.smsConsent()).isFalse();
    }

    @Test
    void every_problem_is_reported_at_once_with_the_field_it_belongs_to() {
        Map<String, String> in = new HashMap<>(Map.of("email", "not-an-email", "state", "ZZ", "loanPurpose",
                "vacation", "creditScore", "900", "zip", "2134", "currentRate", "0.065"));
        var result = validate(in);
        assertThat(result.isValid()).isFalse();
        assertThat(result.lead()).isNull();
        assertThat(result.errors()).extracting(FieldError::field).contains("firstName", "lastName", "email",
                "state", "loanPurpose", "creditScore", "zip", "currentRate");
        assertThat(errorOf(in, "zip")).contains("leading zeros");
        assertThat(errorOf(in, "currentRate")).contains("percent");
        assertThat(errorOf(in, "loanPurpose")).contains("PURCHASE, REFINANCE, CASH_OUT_REFINANCE or HOME_EQUITY");
    }

    @Test
    void a_lead_needs_an_email_or_a_phone() {
        var in = minimal();
        in.remove("email");
        assertThat(errorOf(in, "email")).contains("email address or a phone number");
        in.put("phone", "512-555-0199");
        assertThat(validate(in).isValid()).isTrue();
    }

    @Test
    void phone_numbers_must_be_ten_us_digits_with_valid_area_code_and_exchange() {
        var in = minimal();
        in.put("phone", "555-0199");
        assertThat(errorOf(in, "phone")).contains("ten digits");
        in.put("phone", "(112) 555-0199");
        assertThat(errorOf(in, "phone")).contains("not starting with 0 or 1");
        in.put("phone", "512 555 0199 ext 4");
        assertThat(errorOf(in, "phone")).contains("only digits");
    }

    @Test
    void purpose_and_program_accept_the_spellings_lists_use() {
        var in = minimal();
        in.put("loanPurpose", "Cash-Out");
        in.put("loanProgram", "conv");
        var lead = validate(in).lead();
        assertThat(lead.loanPurpose()).isEqualTo(LoanPurpose.CASH_OUT_REFINANCE);
        assertThat(lead.loanProgram()).isEqualTo(LoanProgram.CONVENTIONAL);
        in.put("loanPurpose", "HELOC");
        assertThat(validate(in).lead().loanPurpose()).isEqualTo(LoanPurpose.HOME_EQUITY);
        in.put("loanPurpose", "Rate & Term");
        assertThat(validate(in).lead().loanPurpose()).isEqualTo(LoanPurpose.REFINANCE);
    }

    @Test
    void the_credit_band_follows_the_score_and_a_contradiction_is_an_error() {
        var in = minimal();
        in.put("creditScore", "740");
        assertThat(validate(in).lead().creditBand()).isEqualTo(CreditBand.EXCELLENT);
        in.put("creditScore", "739");
        assertThat(validate(in).lead().creditBand()).isEqualTo(CreditBand.GOOD);
        in.put("creditScore", "619");
        assertThat(validate(in).lead().creditBand()).isEqualTo(CreditBand.POOR);
        in.put("creditBand", "excellent");
        assertThat(errorOf(in, "creditBand")).contains("contradicts credit score 619");
        in.remove("creditScore");
        assertThat(validate(in).lead().creditBand()).isEqualTo(CreditBand.EXCELLENT);
        assertThat(validate(in).lead().creditScore()).isNull();
    }

    @Test
    void money_is_read_with_dollar_signs_and_thousands_separators_and_must_be_plausible() {
        var in = minimal();
        in.put("annualIncome", "$120,000");
        in.put("propertyValue", "450000.5");
        in.put("loanAmount", "0");
        in.put("monthlyDebt", "-5");
        var result = validate(in);
        assertThat(errorOf(in, "loanAmount")).contains("more than zero");
        assertThat(errorOf(in, "monthlyDebt")).contains("negative");
        in.remove("loanAmount");
        in.remove("monthlyDebt");
        var lead = validate(in).lead();
        assertThat(lead.annualIncome()).isEqualByComparingTo(new BigDecimal("120000"));
        assertThat(lead.propertyValue()).isEqualByComparingTo(new BigDecimal("450000.50"));
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void an_implausible_monthly_debt_is_refused_before_it_reaches_the_database() {
        var in = minimal();
        in.put("monthlyDebt", "250000000");
        assertThat(errorOf(in, "monthlyDebt")).contains("not plausible").contains("1,000,000");
        in.put("monthlyDebt", "2,450");
        assertThat(validate(in).lead().monthlyDebt()).isEqualByComparingTo("2450");
    }

    @Test
    void a_note_rate_is_a_percentage_between_one_and_twenty() {
        var in = minimal();
        in.put("currentRate", "6.875%");
        assertThat(validate(in).lead().currentRate()).isEqualByComparingTo("6.875");
        in.put("currentRate", "25");
        assertThat(errorOf(in, "currentRate")).contains("between 1 and 20");
        in.put("currentRate", "6.8755");
        assertThat(errorOf(in, "currentRate")).contains("three decimals");
    }

    @Test
    void origination_dates_accept_iso_and_us_formats_but_not_the_future() {
        var in = minimal();
        in.put("currentLoanOriginatedOn", "5/3/2019");
        assertThat(validate(in).lead().currentLoanOriginatedOn()).isEqualTo(LocalDate.of(2019, 5, 3));
        in.put("currentLoanOriginatedOn", "2027-01-01");
        assertThat(errorOf(in, "currentLoanOriginatedOn")).contains("between 1950 and today");
        in.put("currentLoanOriginatedOn", "yesterday");
        assertThat(errorOf(in, "currentLoanOriginatedOn")).contains("not a date");
    }

    @Test
    void sms_consent_is_evidence_it_needs_the_phone_the_text_shown_and_the_capture_time() {
        var in = minimal();
        in.put("consent.sms.granted", "true");
        var result = validate(in);
        assertThat(result.errors()).extracting(FieldError::field)
                .contains("consent.sms.granted", "consent.sms.text", "consent.sms.capturedAt");
        in.put("phone", "5125550199");
        in.put("consent.sms.text", "OK");
        in.put("consent.sms.capturedAt", "2026-11-26T11:00:00Z");
        assertThat(errorOf(in, "consent.sms.text")).contains("too short");
        in.put("consent.sms.text", "I agree that Harbor Light may call and text me about mortgage offers.");
        in.put("consent.sms.capturedAt", "2026-12-01T00:00:00Z");
        assertThat(errorOf(in, "consent.sms.capturedAt")).contains("future");
        in.put("consent.sms.capturedAt", "2026-11-26T06:00:00-05:00");
        var lead = validate(in).lead();
        assertThat(lead.smsConsent()).isTrue();
        assertThat(lead.smsConsentCapturedAt()).isEqualTo(Instant.parse("2026-11-26T11:00:00Z"));
    }

    @Test
    void consent_not_granted_keeps_no_consent_text() {
        var in = minimal();
        in.put("consent.sms.granted", "no");
        in.put("consent.sms.text", "I agree that Harbor Light may call and text me about mortgage offers.");
        var lead = validate(in).lead();
        assertThat(lead.smsConsent()).isFalse();
        assertThat(lead.smsConsentText()).isNull();
    }

    @Test
    void booleans_accept_yes_no_and_reject_anything_else() {
        var in = minimal();
        in.put("firstTimeBuyer", "Yes");
        in.put("veteran", "0");
        var lead = validate(in).lead();
        assertThat(lead.firstTimeBuyer()).isTrue();
        assertThat(lead.veteran()).isFalse();
        in.put("veteran", "maybe");
        assertThat(errorOf(in, "veteran")).contains("true or false");
    }

    @Test
    void over_long_values_and_control_characters_are_refused() {
        var in = minimal();
        in.put("firstName", "x".repeat(101));
        assertThat(errorOf(in, "firstName")).contains("at most 100 characters");
        in.put("firstName", "Da\u0000na");
        assertThat(errorOf(in, "firstName")).contains("control character");
    }

    @Test
    void email_addresses_need_one_at_sign_and_a_dotted_domain() {
        var in = minimal();
        for (String bad : new String[] {"a@b", "a@@b.com", "@b.com", "a b@c.com", "a@b..com", "a@.com"}) {
            in.put("email", bad);
            assertThat(errorOf(in, "email")).as(bad).contains("not an email address");
        }
        in.put("email", "o'brien+loans@mail.example.co.uk");
        assertThat(validate(in).isValid()).isTrue();
    }
}
