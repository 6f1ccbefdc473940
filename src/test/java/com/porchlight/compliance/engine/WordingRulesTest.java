package com.porchlight.compliance.engine;

import static com.porchlight.compliance.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordingRulesTest {

    private static void fires(String rule, Severity severity, String... copy) {
        for (String s : copy) {
            assertThat(of(body(s), rule)).as(rule + " on: " + s).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.severity()).as(s).isEqualTo(severity));
        }
    }

    private static void silent(String rule, String... copy) {
        for (String s : copy) {
            assertThat(of(body(s), rule)).as(rule + " must not fire on: " + s).isEmpty();
        }
    }

    @Test
    void government_program_wording_for_conventional_loan_fires_block() {
        var conventional = new CreativeContext(Set.of(), Program.CONVENTIONAL, null, null, null, null);
        assertThat(of(body(conventional, "New Government Refinance Program!"), "REGZ-GOVT")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        fires("REGZ-GOVT", Severity.BLOCK, "Federal Mortgage Relief Notice", "Government-backed 2.99% for everyone",
                "Ask about the Biden refi");
    }

    @Test
    void government_wording_in_a_real_fha_ad_is_review_and_plain_fha_copy_is_silent() {
        var fha = new CreativeContext(Set.of(), Program.FHA, null, null, null, null);
        assertThat(of(body(fha, "A government-backed FHA loan"), "REGZ-GOVT")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.REVIEW);
        silent("REGZ-GOVT", "FHA loans are insured by the Federal Housing Administration. Acme is not acting on"
                + " behalf of HUD/FHA.");
    }

    @Test
    void debt_elimination_claims_fire_and_consolidation_does_not() {
        fires("REGZ-DEBT-ELIM", Severity.BLOCK, "Wipe out your credit card debt with a cash-out refi!",
                "Freedom from Debt VA Refinance", "Eliminate your debt today");
        fires("REGZ-DEBT-ELIM", Severity.REVIEW, "Be debt-free sooner");
        silent("REGZ-DEBT-ELIM", "Use a cash-out refinance to consolidate higher-rate debt into one payment; you will"
                + " still owe the new loan.");
    }

    @Test
    void counselor_for_staff_fires_and_hud_counseling_referral_does_not() {
        fires("REGZ-COUNSELOR", Severity.BLOCK, "Call one of our Mortgage Counselors.",
                "Your personal home-loan counselor, Jane.");
        silent("REGZ-COUNSELOR", "Free HUD-approved housing counseling is available at hud.gov.",
                "Talk to a HUD-approved housing counselor.");
    }

    @Test
    void no_cost_claims_fire_review_unless_qualified() {
        fires("REGN-NO-COST", Severity.REVIEW, "Refi with NO fees!", "$0 closing costs", "No out-of-pocket costs");
        silent("REGN-NO-COST", "No lender fees; third-party costs and escrows still apply",
                "No-closing-cost option: higher rate in exchange for lender credit");
    }

    @Test
    void total_payment_and_escrow_claims_fire_taxes_and_insurance_review() {
        fires("REGN-TI", Severity.REVIEW, "Your total monthly payment: $1,650", "No escrow required");
        silent("REGN-TI", "$1,650 P&I; taxes and insurance are additional");
    }

    @Test
    void skipped_payments_fire_and_never_paying_is_block() {
        fires("REGN-PAYMENTS", Severity.REVIEW, "Skip 2 mortgage payments!", "No payments for 60 days",
                "Skip your next 2 mortgage payments when you refinance");
        fires("REGN-PAYMENTS", Severity.BLOCK, "Never make a mortgage payment again");
        silent("REGN-PAYMENTS", "Your first payment is typically due about 30–60 days after closing; interest"
                + " accrues");
    }

    @Test
    void approval_guarantees_block_and_preapproval_claims_review() {
        fires("REGN-APPROVAL", Severity.BLOCK, "Guaranteed approval – bad credit OK!", "Everyone qualifies");
        fires("REGN-APPROVAL", Severity.REVIEW, "You're pre-approved!", "You qualify for a lower rate");
        silent("REGN-APPROVAL", "Apply today; subject to credit approval", "Get pre-approved online",
                "See if you qualify to refinance");
    }

    @Test
    void guarantee_phrasings_fire_udaap_guarantee() {
        fires("UDAAP-GUARANTEE", Severity.BLOCK, "Everyone approved!", "Guaranteed home loan in 24 hrs",
                "100% approval", "No one is turned down", "Instant approval",
                "Good news: we guarantee approval for every applicant", "We approve everyone, whatever your past");
        silent("UDAAP-GUARANTEE", "Apply in minutes; subject to credit approval", "Approval is not guaranteed",
                "We cannot guarantee approval", "We don't approve everyone: approval depends on credit and income");
    }

    @Test
    void superlatives_fire_lowest_and_competitive_does_not() {
        fires("UDAAP-LOWEST", Severity.REVIEW, "Lowest mortgage rates in Texas!", "We beat any rate or pay you $500",
                "The #1 lender in Austin", "Best rates in town");
        silent("UDAAP-LOWEST", "Competitive rates", "Our best advice: compare offers");
    }

    @Test
    void false_urgency_fires_and_a_dated_offer_does_not() {
        fires("UDAAP-URGENCY", Severity.REVIEW, "Your VA benefit expires Friday – call now", "FINAL NOTICE",
                "Act within 10 days to receive your VA benefits");
        silent("UDAAP-URGENCY", "Rate lock offer valid through 06/30/2025", "Offer expires 06/30/2025");
    }

    @Test
    void preapproval_claim_fires_and_invitation_does_not() {
        fires("UDAAP-PREAPPROVED", Severity.REVIEW, "You're pre-approved for $450,000!", "You've been preselected");
        silent("UDAAP-PREAPPROVED", "Get pre-approved – apply today", "How to get prequalified");
    }

    @Test
    void no_credit_check_claims_fire_block() {
        fires("UDAAP-NO-CREDIT-CHECK", Severity.BLOCK, "Mortgage with no credit check", "Credit doesn't matter!");
        silent("UDAAP-NO-CREDIT-CHECK", "Checking your rate won't affect your credit score");
    }

    @Test
    void savings_figures_fire_and_an_invitation_to_check_does_not() {
        fires("UDAAP-SAVINGS-CLAIM", Severity.REVIEW, "Save $412/month", "Lower your payment by $300 a month");
        silent("UDAAP-SAVINGS-CLAIM", "See if a refinance could lower your payment");
    }

    @Test
    void free_money_blocks_other_credit_free_warns_and_free_quote_is_silent() {
        fires("UDAAP-FREE", Severity.BLOCK, "Free cash from your home!", "It's free money");
        fires("UDAAP-FREE", Severity.WARN, "Free appraisal with every refinance");
        silent("UDAAP-FREE", "Free rate quote", "Hassle-free refinance", "Be debt-free");
    }

    @Test
    void explicit_exclusion_blocks_and_descriptors_review() {
        fires("FAIRHSG-DISCRIM-CONTENT", Severity.BLOCK, "Mortgages for young professionals only.",
                "Income from employment only – no public assistance.", "Adults only community");
        fires("FAIRHSG-DISCRIM-CONTENT", Severity.REVIEW, "Perfect for young professionals",
                "Homes in a safe neighborhood");
        silent("FAIRHSG-DISCRIM-CONTENT", "Se habla español", "FHA reverse mortgages (HECM) are for homeowners age 62+.");
    }

    @Test
    void va_notice_styling_fires_and_a_disclaimed_va_ad_does_not() {
        fires("VA-GOVT-IMPLY", Severity.BLOCK, "IMPORTANT VA BENEFIT NOTICE – Form VA-1000", "Official VA loan offer",
                "[VA seal] Veterans refinance");
        silent("VA-GOVT-IMPLY", "Acme offers VA-guaranteed home loans. We are not affiliated with or endorsed by the"
                + " U.S. Department of Veterans Affairs.");
    }

    @Test
    void preferred_lender_wording_fires_msa_review() {
        fires("RESPA-MSA", Severity.REVIEW, "Our preferred lender – Acme Mortgage", "Exclusive lender for Oak Homes");
        silent("RESPA-MSA", "Acme Mortgage, one of several lenders you may choose");
    }

    @Test
    void required_affiliate_use_blocks_and_optional_affiliate_is_silent() {
        fires("RESPA-ABA", Severity.BLOCK, "Get our rate only when you close with our affiliated title company.",
                "Buyers must use Acme Mortgage.");
        silent("RESPA-ABA", "Ask about our affiliated title services; you are not required to use them.");
    }

    @Test
    void preselected_wording_fires_prescreen_review() {
        fires("FCRA-PRESCREEN", Severity.REVIEW, "Jane, you've been pre-selected for a refinance",
                "Based on your credit, you may save");
        silent("FCRA-PRESCREEN", "Get pre-approved online");
    }

    @Test
    void paraphrased_guarantees_and_debt_claims_still_fire() {
        fires("UDAAP-GUARANTEE", Severity.BLOCK, "Approval in 24 hours, guaranteed!", "Never turned down");
        fires("REGZ-DEBT-ELIM", Severity.REVIEW, "Say goodbye to debt forever!");
        assertThat(of(body(new CreativeContext(Set.of(), Program.CONVENTIONAL, null, null, null, null),
                "Trusted by the Department of Housing."), "REGZ-GOVT")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.BLOCK);
    }

    @Test
    void principal_and_interest_called_total_is_block() {
        fires("REGN-TI", Severity.BLOCK, "Your total monthly payment: $1,650 (P&I)");
        fires("REGN-TI", Severity.REVIEW, "Total monthly payment $2,100 including taxes and insurance (PITI)");
    }
}
