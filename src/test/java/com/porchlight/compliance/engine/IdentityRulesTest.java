package com.porchlight.compliance.engine;

import static com.porchlight.compliance.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentityRulesTest {

    private static AdvertiserProfile profile(RegulatorType type) {
        return new AdvertiserProfile("First Prairie Bank", List.of(), "445566", type, false, false,
                new PostalAddress("1 Bank Plaza", "Topeka", "KS", "66603"), List.of(), List.of(),
                DisclosureSnippets.none());
    }

    private static List<Finding> social(AdvertiserProfile p, String text) {
        return ComplianceEngine.check(CreativeInput.of(Channel.SOCIAL_AD, ANY, TextPart.of(PartKind.BODY, text)), p);
    }

    @Test
    void ad_without_company_nmls_id_fires_block_with_the_id_as_fix() {
        var f = of(body("Acme Home Loans – rates from 6.287% APR"), "SAFE-NMLS-STATE");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.BLOCK);
            assertThat(x.suggestion()).isEqualTo("Acme Home Loans, LLC | NMLS #1234567");
            assertThat(x.start()).isEqualTo(x.end());
        });
    }

    @Test
    void company_nmls_in_any_spelling_clears_and_a_wrong_number_fires() {
        assertThat(of(body("Acme Home Loans, LLC | NMLS #1234567 | Jane Doe NMLS #765432"), "SAFE-NMLS-STATE"))
                .isEmpty();
        assertThat(of(body("Acme Home Loans NMLS ID: 1234567"), "SAFE-NMLS-STATE")).isEmpty();
        assertThat(of(body("Acme Home Loans NMLS# 7654321"), "SAFE-NMLS-STATE")).singleElement()
                .extracting(Finding::message).asString().contains("does not match");
    }

    @Test
    void named_loan_officer_without_their_nmls_fires() {
        assertThat(of(body("Text Jane Doe, Loan Officer, 555-0100. NMLS #1234567"), "SAFE-NMLS-BANK-MLO"))
                .singleElement().extracting(Finding::suggestion).isEqualTo("Jane Doe, NMLS #765432");
        assertThat(of(body("John Smith | Senior Mortgage Advisor"), "SAFE-NMLS-BANK-MLO")).hasSize(1);
        assertThat(of(body("Questions? Maria Lopez, Loan Officer, can help."), "SAFE-NMLS-BANK-MLO")).hasSize(1);
    }

    @Test
    void loan_officer_with_own_nmls_or_no_named_officer_does_not_fire() {
        assertThat(of(body("Jane Doe, Loan Officer, NMLS #765432."), "SAFE-NMLS-BANK-MLO")).isEmpty();
        assertThat(of(body("Acme Home Loans, LLC | NMLS #1234567 | Jane Doe NMLS #765432."), "SAFE-NMLS-BANK-MLO"))
                .isEmpty();
        assertThat(of(body("Call one of our Loan Officers today."), "SAFE-NMLS-BANK-MLO")).isEmpty();
    }

    @Test
    void california_ad_needs_dre_and_cfl_statements() {
        var ca = new CreativeContext(Set.of("CA"), null, null, null, null, null);
        var f = body(ca, "Acme Home Loans NMLS #1234567");
        assertThat(of(f, "CA-DRE-LICENSE")).singleElement().extracting(Finding::suggestion).asString()
                .contains("CA Department of Real Estate", "01234567");
        assertThat(of(f, "CA-CFL-LICENSE")).hasSize(1);
        var ok = body(ca, "Acme Home Loans NMLS #1234567. Real Estate Broker, CA Department of Real Estate, Lic."
                + " #01234567. Loans made or arranged pursuant to a California Financing Law license 60DBO-12345.");
        assertThat(ids(ok)).doesNotContain("CA-DRE-LICENSE", "CA-CFL-LICENSE");
        assertThat(ids(body("Acme Home Loans NMLS #1234567"))).doesNotContain("CA-DRE-LICENSE");
    }

    @Test
    void new_york_ad_needs_legend_name_and_street_address() {
        var ny = new CreativeContext(Set.of("NY"), null, null, null, null, null);
        var f = body(ny, "Acme Home Loans – call 555-0100 or visit acmehomeloans.com");
        assertThat(of(f, "NY-LEGEND")).singleElement().extracting(Finding::suggestion)
                .isEqualTo("Licensed Mortgage Banker – NYS Department of Financial Services");
        assertThat(of(f, "NY-NAME-ADDRESS")).singleElement().extracting(Finding::suggestion).asString()
                .contains("100 Main St, Austin, TX 78701");
        var ok = body(ny, "Acme Mortgage, 1 Main St, Albany NY 12207. Licensed Mortgage Banker – NYS Department of"
                + " Financial Services.");
        assertThat(ids(ok)).doesNotContain("NY-LEGEND", "NY-NAME-ADDRESS");
    }

    @Test
    void agency_words_in_sender_or_domain_fire_and_body_copy_does_not() {
        var f = run(Channel.EMAIL, ANY, TextPart.of(PartKind.SENDER_NAME, "Federal Home Refinance Center"),
                TextPart.of(PartKind.BODY, "Visit hud-refi-program.com"));
        assertThat(of(f, "FED-NAME-MISUSE")).hasSize(2).allSatisfy(x ->
                assertThat(x.severity()).isEqualTo(Severity.BLOCK));
        assertThat(of(body("Acme Mortgage – FHA loans available. Not acting on behalf of HUD/FHA."),
                "FED-NAME-MISUSE")).isEmpty();
    }

    @Test
    void hud_seal_and_fha_mark_misuse_fire() {
        assertThat(of(body("[HUD seal] FHA Streamline Notice"), "HUD-FHA-LOGO")).isNotEmpty();
        var broker = new AdvertiserProfile("Broker Co", List.of(), "999", RegulatorType.NONBANK, false, false, null,
                List.of(), List.of(), DisclosureSnippets.none());
        assertThat(of(social(broker, "FHA Approved Lending Institution"), "HUD-FHA-LOGO")).hasSize(1);
        assertThat(of(body("Visit fha-refi-gov-help.com"), "HUD-FHA-LOGO")).hasSize(1);
    }

    @Test
    void fha_approved_lender_with_disclaimer_does_not_fire() {
        assertThat(of(body("FHA Approved Lending Institution. Acme is not acting on behalf of or at the direction of"
                + " HUD/FHA or the federal government."), "HUD-FHA-LOGO")).isEmpty();
    }

    @Test
    void equal_housing_rule_follows_the_regulator_type() {
        String ad = "Home loans from First Prairie Bank, NMLS #445566. Rates from 6.287% APR.";
        assertThat(of(social(profile(RegulatorType.FDIC), ad), "FAIRHSG-LOGO-FDIC")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        assertThat(of(social(profile(RegulatorType.FRB), ad), "FAIRHSG-LOGO-FRB")).hasSize(1);
        assertThat(of(social(profile(RegulatorType.OCC_SAVINGS), ad), "FAIRHSG-LOGO-OCC-SA")).hasSize(1);
        assertThat(of(social(profile(RegulatorType.NCUA), ad), "FAIRHSG-LOGO-NCUA")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.REVIEW);
        assertThat(of(social(profile(RegulatorType.NONBANK), ad), "FAIRHSG-LOGO-NONBANK")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.WARN);
        assertThat(ids(social(profile(RegulatorType.FDIC), ad))).doesNotContain("FAIRHSG-LOGO-FRB",
                "FAIRHSG-LOGO-NONBANK");
    }

    @Test
    void equal_housing_legend_clears_the_logo_rules() {
        String ad = "First Prairie Bank, NMLS #445566. Equal Housing Lender.";
        assertThat(ids(social(profile(RegulatorType.FDIC), ad))).doesNotContain("FAIRHSG-LOGO-FDIC");
        assertThat(ids(body("Acme. Equal Housing Opportunity."))).doesNotContain("FAIRHSG-LOGO-VA",
                "FAIRHSG-LOGO-NONBANK");
    }

    @Test
    void naming_the_consumers_current_lender_fires_without_disclaimer() {
        assertThat(of(body("Important notice regarding your Summit Home Loans mortgage"), "REGZ-CURRENT-LENDER"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        assertThat(of(run(Channel.SMS, ANY, TextPart.of(PartKind.SMS_TEXT,
                "Your BigBank mortgage may qualify for a lower rate.")), "REGZ-CURRENT-LENDER")).hasSize(1);
        assertThat(of(body("Hi {first_name}, is {current_lender} charging you too much?"), "REGZ-CURRENT-LENDER"))
                .hasSize(1);
        assertThat(of(body("Is your mortgage with Summit Home Loans costing too much?"), "REGZ-CURRENT-LENDER"))
                .singleElement().satisfies(f -> assertThat("Is your mortgage with Summit Home Loans costing too much?"
                        .substring(f.start(), f.end())).isEqualTo("Summit Home Loans"));
        assertThat(of(body("Your mortgage with Acme Home Loans, made simple."), "REGZ-CURRENT-LENDER")).isEmpty();
    }

    @Test
    void own_servicing_or_disclaimed_current_lender_does_not_fire() {
        assertThat(of(body("Your Acme Home Loans mortgage may qualify for a rate review."), "REGZ-CURRENT-LENDER"))
                .isEmpty();
        assertThat(of(body("Your Wells Fargo mortgage could cost less. Acme Home Loans is not affiliated with or"
                + " acting on behalf of Wells Fargo."), "REGZ-CURRENT-LENDER")).isEmpty();
        assertThat(of(body("Don't chase rates. Lower your monthly mortgage payment."), "REGZ-CURRENT-LENDER"))
                .isEmpty();
    }

    @Test
    void agency_style_email_from_name_fires_misuse() {
        var f = run(Channel.EMAIL, ANY, TextPart.of(PartKind.SENDER_NAME, "FHA Loan Dept <info@acmeloans.com>"),
                TextPart.of(PartKind.BODY, "Rates update"));
        assertThat(of(f, "FED-NAME-MISUSE")).singleElement().extracting(Finding::severity)
                .isEqualTo(Severity.BLOCK);
    }

    @Test
    void va_lender_irrrl_postcard_without_equal_housing_fires_review() {
        var f = run(Channel.PRINT, ANY, TextPart.of(PartKind.BODY, "Lower your rate with a VA IRRRL. Acme Home Loans"
                + " NMLS #1234567"));
        assertThat(of(f, "FAIRHSG-LOGO-VA")).singleElement().extracting(Finding::severity)
                .isEqualTo(Severity.REVIEW);
        assertThat(of(body("Lower your rate with a VA IRRRL. Equal Housing Opportunity."), "FAIRHSG-LOGO-VA"))
                .isEmpty();
        assertThat(of(body("Conventional refinance from Acme."), "FAIRHSG-LOGO-VA")).isEmpty();
    }

    @Test
    void a_link_to_a_real_government_site_is_not_misuse() {
        assertThat(ids(body("VA loan limits are published at va.gov and hud.gov."))).doesNotContain(
                "FED-NAME-MISUSE", "HUD-FHA-LOGO");
    }

    @Test
    void a_state_name_before_mortgage_is_not_a_current_lender() {
        assertThat(of(body("Refinance your Texas mortgage with Acme."), "REGZ-CURRENT-LENDER")).isEmpty();
        assertThat(of(body("Refinance Your Dallas Mortgage Experts"), "REGZ-CURRENT-LENDER")).isEmpty();
    }

    @Test
    void nmls_id_is_found_in_the_usual_spellings() {
        for (String s : new String[] {"Acme NMLS ID #1234567", "Acme NMLS# 1234567", "Acme (NMLS: 1234567)",
                "Acme NMLS1234567", "Acme | NMLS Consumer Access #1234567", "Acme, Company NMLS ID 1234567"}) {
            assertThat(of(body(s), "SAFE-NMLS-STATE")).as(s).isEmpty();
        }
    }
}
