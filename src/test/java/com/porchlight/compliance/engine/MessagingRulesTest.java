package com.porchlight.compliance.engine;

import static com.porchlight.compliance.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessagingRulesTest {

    private static final String FOOTER = "This email is an advertisement from Acme Home Loans, LLC, 100 Main St,"
            + " Austin, TX 78701. NMLS #1234567. Equal Housing Opportunity. Unsubscribe here.";

    private static List<Finding> email(String sender, String subject, String body, String footer) {
        return run(Channel.EMAIL, ANY, TextPart.of(PartKind.SENDER_NAME, sender),
                TextPart.of(PartKind.SUBJECT, subject), TextPart.of(PartKind.BODY, body),
                TextPart.of(PartKind.FOOTER, footer));
    }

    private static List<Finding> sms(String text) {
        return run(Channel.SMS, ANY, TextPart.of(PartKind.SMS_TEXT, text));
    }

    @Test
    void compliant_email_has_no_can_spam_findings() {
        var f = email("Acme Home Loans – Jane Doe", "June rate update from Acme", "Rates from 6.287% APR.", FOOTER);
        assertThat(ids(f)).noneMatch(id -> id.startsWith("CANSPAM"));
    }

    @Test
    void government_or_unrelated_from_name_fires_header() {
        assertThat(of(email("VA Benefits Dept.", "June update", "Hi", FOOTER), "CANSPAM-HEADER")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        assertThat(of(email("BigBank Home Lending", "June update", "Hi", FOOTER), "CANSPAM-HEADER")).hasSize(1);
    }

    @Test
    void fake_reply_or_transactional_subject_fires() {
        assertThat(of(email("Acme", "RE: Your approved refinance", "Hi", FOOTER), "CANSPAM-SUBJECT"))
                .singleElement().satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.BLOCK);
                    assertThat(x.start()).isZero();
                });
        assertThat(of(email("Acme", "Action required on your mortgage account", "Hi", FOOTER), "CANSPAM-SUBJECT"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.REVIEW);
        assertThat(of(email("Acme", "Your loan application status", "Hi", FOOTER), "CANSPAM-SUBJECT"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.BLOCK);
    }

    @Test
    void missing_ad_identification_is_review() {
        var f = email("Acme", "June update", "Rates from 6.287% APR.", "Acme Home Loans, 100 Main St, Austin TX."
                + " Unsubscribe.");
        assertThat(of(f, "CANSPAM-AD-ID")).singleElement().extracting(Finding::severity).isEqualTo(Severity.REVIEW);
    }

    @Test
    void missing_postal_address_fires_with_the_footer_built_from_the_profile() {
        var f = email("Acme", "June update", "Rates from 6.287% APR.", "This is an advertisement. Unsubscribe.");
        assertThat(of(f, "CANSPAM-ADDRESS")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.BLOCK);
            assertThat(x.part()).isEqualTo(PartKind.FOOTER);
            assertThat(x.suggestion()).contains("Acme Home Loans, LLC, 100 Main St, Austin, TX 78701",
                    "unsubscribe");
        });
        assertThat(of(email("Acme", "Hi", "Hi", "Acme, PO Box 123, Austin TX. Unsubscribe. Advertisement."),
                "CANSPAM-ADDRESS")).isEmpty();
    }

    @Test
    void missing_or_login_gated_unsubscribe_fires_block() {
        assertThat(of(email("Acme", "Hi", "Hi", "Advertisement. Acme, 100 Main St, Austin TX"),
                "CANSPAM-OPTOUT-MECH")).hasSize(1);
        assertThat(of(email("Acme", "Hi", "Hi", "Advertisement. Acme, 100 Main St, Austin TX. To unsubscribe, log"
                + " in to your account."), "CANSPAM-OPTOUT-MECH")).singleElement().extracting(Finding::message)
                .asString().contains("logging in");
    }

    @Test
    void sms_without_brand_fires_sender_id_and_with_brand_does_not() {
        assertThat(of(sms("Rates just dropped! Call 555-0100."), "TCPA-SENDER-ID")).singleElement()
                .extracting(Finding::suggestion).isEqualTo("Acme Home Loans, LLC (NMLS #1234567): ");
        assertThat(of(sms("Acme Home Loans (NMLS #1234567): Rates just dropped… Reply STOP to opt out."),
                "TCPA-SENDER-ID")).isEmpty();
    }

    @Test
    void sms_without_opt_out_instruction_fires_revocation_review() {
        assertThat(of(sms("Acme Home Loans: rates dropped."), "TCPA-REVOCATION")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.REVIEW);
        assertThat(of(sms("Acme Home Loans: rates dropped. Text STOP to end."), "TCPA-REVOCATION")).isEmpty();
        assertThat(of(sms("Acme: rates dropped. Opt out: reply END"), "TCPA-REVOCATION")).isEmpty();
    }

    @Test
    void generic_from_name_is_review_and_another_brand_is_block() {
        assertThat(of(email("Mortgage Team", "June update", "Hi", FOOTER), "CANSPAM-HEADER")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.REVIEW);
        assertThat(of(email("Jane Doe", "June update", "Hi", FOOTER), "CANSPAM-HEADER")).isEmpty();
    }

    @Test
    void opt_out_by_mail_only_fires_block() {
        assertThat(of(email("Acme", "Hi", "Hi", "Advertisement. Acme, 100 Main St, Austin TX. To unsubscribe please"
                + " mail us a letter."), "CANSPAM-OPTOUT-MECH")).hasSize(1);
    }
}
