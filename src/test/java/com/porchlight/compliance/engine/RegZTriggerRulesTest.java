package com.porchlight.compliance.engine;

import static com.porchlight.compliance.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RegZTriggerRulesTest {

    private static final String FULL = " $300,000 30-yr fixed at 6.000% (6.144% APR), 360 monthly P&I payments of"
            + " $1,798.65; 20% down. Payment excludes taxes and insurance; actual payment obligation will be greater.";

    @Test
    void down_payment_amounts_and_implied_financing_fire() {
        assertThat(of(body("Just 3% down!"), "REGZ-TRIGGER-DOWN")).hasSize(1);
        assertThat(of(body("Put $10,000 down and move in."), "REGZ-TRIGGER-DOWN")).hasSize(1);
        assertThat(of(body("Up to 97% financing."), "REGZ-TRIGGER-DOWN")).hasSize(1);
        assertThat(of(body("Down payment as low as 3.5 percent"), "REGZ-TRIGGER-DOWN")).hasSize(1);
    }

    @Test
    void lender_down_payment_is_review_but_seller_financing_is_block() {
        assertThat(of(body("Just 3% down!"), "REGZ-TRIGGER-DOWN").get(0).severity()).isEqualTo(Severity.REVIEW);
        assertThat(of(body("Seller financing with 5% down."), "REGZ-TRIGGER-DOWN").get(0).severity())
                .isEqualTo(Severity.BLOCK);
    }

    @Test
    void no_or_low_down_payment_does_not_fire() {
        assertThat(of(body("No down payment for eligible veterans."), "REGZ-TRIGGER-DOWN")).isEmpty();
        assertThat(of(body("Low down payment options."), "REGZ-TRIGGER-DOWN")).isEmpty();
        assertThat(of(body("$0 down VA loans and 0% down USDA loans"), "REGZ-TRIGGER-DOWN")).isEmpty();
        assertThat(of(body("Up to $10,000 in down payment assistance"), "REGZ-TRIGGER-DOWN")).isEmpty();
    }

    @Test
    void loan_term_phrasings_fire_block() {
        for (String s : new String[] {"Lock a 30-year fixed today.", "Pay it off in 15 years.", "360 easy payments.",
                "Our thirty-year fixed is back", "15 yr fixed refinance", "30yr mortgage", "Five years to pay"}) {
            assertThat(of(body(s), "REGZ-TRIGGER-TERM")).as(s).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
        }
    }

    @Test
    void arm_label_is_a_review_term_trigger() {
        assertThat(of(body("Ask about our 7/6 ARM"), "REGZ-TRIGGER-TERM")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.REVIEW);
    }

    @Test
    void vague_terms_and_company_history_do_not_fire_term() {
        for (String s : new String[] {"Flexible terms available.", "Take years to repay.", "Pay weekly.",
                "Serving homeowners for 25 years", "20 years of mortgage experience", "Monthly payment terms arranged"}) {
            assertThat(of(body(s), "REGZ-TRIGGER-TERM")).as(s).isEmpty();
        }
    }

    @Test
    void payment_amounts_fire_block() {
        for (String s : new String[] {"Own for $1,899/mo.", "Payments under $2,000 a month.",
                "Cut your payment to $1,450.", "$300,000 balance repaid in 360 equal installments.",
                "Monthly payment of $1,650", "Just $1,650 per month", "$1,500 monthly"}) {
            assertThat(of(body(s), "REGZ-TRIGGER-PAYMENT")).as(s).isNotEmpty();
        }
    }

    @Test
    void vague_payment_statements_do_not_fire() {
        for (String s : new String[] {"Lower monthly payments may be possible.", "Regular monthly payments.",
                "Monthly payments to suit your needs", "Easy monthly payments"}) {
            assertThat(of(body(s), "REGZ-TRIGGER-PAYMENT")).as(s).isEmpty();
        }
    }

    @Test
    void finance_charge_amounts_fire() {
        assertThat(of(body("Only $995 origination fee."), "REGZ-TRIGGER-FINCHG")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        assertThat(of(body("$400,000 loan with 1 point"), "REGZ-TRIGGER-FINCHG")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        assertThat(of(body("Save $80,000 in interest."), "REGZ-TRIGGER-FINCHG")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.REVIEW);
        assertThat(of(body("Financing costs less than $100"), "REGZ-TRIGGER-FINCHG")).hasSize(1);
    }

    @Test
    void no_fee_claims_and_apr_do_not_fire_finance_charge() {
        assertThat(of(body("No lender fees."), "REGZ-TRIGGER-FINCHG")).isEmpty();
        assertThat(of(body("6.25% APR."), "REGZ-TRIGGER-FINCHG")).isEmpty();
        assertThat(of(body("$0 closing costs"), "REGZ-TRIGGER-FINCHG")).isEmpty();
    }

    @Test
    void trigger_without_package_fires_disclose_addl_with_missing_items() {
        var f = of(body("30-yr fixed – $1,650/mo!"), "REGZ-DISCLOSE-ADDL");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.BLOCK);
            assertThat(x.message()).contains("the APR");
            assertThat(x.suggestion()).contains("360 monthly payments of $1,650");
        });
    }

    @Test
    void full_package_clears_every_trigger_rule() {
        var f = body(ctx(LoanPurpose.PURCHASE), FULL);
        assertThat(ids(f)).doesNotContain("REGZ-DISCLOSE-ADDL", "REGZ-TRIGGER-TERM", "REGZ-TRIGGER-PAYMENT",
                "REGZ-TRIGGER-DOWN", "REGZ-DWELL-PAYMENTS", "REGZ-RATE-APR");
    }

    @Test
    void purchase_ad_without_down_payment_is_missing_it() {
        var f = of(body(ctx(LoanPurpose.PURCHASE), "Buy with a 30-year fixed: 6.000% (6.144% APR), 360 monthly"
                + " payments of $1,798.65. Payments exclude taxes and insurance; actual obligation will be greater."),
                "REGZ-DISCLOSE-ADDL");
        assertThat(f).singleElement().extracting(Finding::message).asString().contains("down payment");
    }

    @Test
    void suggestion_computes_payment_from_rate_amount_and_term() {
        var f = of(body("$300,000 30-year fixed mortgage at 6.125% interest rate"), "REGZ-DISCLOSE-ADDL");
        assertThat(f).singleElement().extracting(Finding::suggestion).asString()
                .contains("6.125% interest rate", "[APR]% APR", "360 monthly payments of $1,822.83");
    }

    @Test
    void amortisation_matches_the_standard_formula() {
        assertThat(DisclosureBuilder.monthlyPayment(300_000, 6.125, 360)).isEqualTo(new BigDecimal("1822.83"));
        assertThat(DisclosureBuilder.monthlyPayment(300_000, 6.0, 360)).isEqualTo(new BigDecimal("1798.65"));
        assertThat(DisclosureBuilder.monthlyPayment(12_000, 0, 12)).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void sms_with_a_trigger_fires_the_authoring_rule() {
        var f = run(Channel.SMS, ANY, TextPart.of(PartKind.SMS_TEXT, "Acme: 30-yr fixed now $1,650/mo. Reply STOP"));
        assertThat(of(f, "REGZ-ELECTRONIC-TABLE")).singleElement().extracting(Finding::severity)
                .isEqualTo(Severity.REVIEW);
        var clean = run(Channel.SMS, ANY, TextPart.of(PartKind.SMS_TEXT, "Acme: rates from 6.287% APR. Reply STOP"));
        assertThat(of(clean, "REGZ-ELECTRONIC-TABLE")).isEmpty();
    }

    @Test
    void context_from_the_next_sentence_does_not_make_a_term() {
        assertThat(of(body("We've closed loans for 25 years. Repay with confidence."), "REGZ-TRIGGER-TERM")).isEmpty();
        assertThat(of(body("Locally owned for 30 years."), "REGZ-TRIGGER-TERM")).isEmpty();
        assertThat(of(body("Repay over 15 years."), "REGZ-TRIGGER-TERM")).hasSize(1);
    }

    @Test
    void principal_and_interest_marks_a_payment() {
        assertThat(of(body("Only $1,199 P&I"), "REGZ-TRIGGER-PAYMENT")).hasSize(1);
        assertThat(of(body("$1,199 principal and interest"), "REGZ-TRIGGER-PAYMENT")).hasSize(1);
        assertThat(of(body("P&I of $1,199"), "REGZ-TRIGGER-PAYMENT")).hasSize(1);
    }

    @Test
    void spelled_out_percent_is_a_rate_and_a_bare_apr_figure_counts_as_apr() {
        assertThat(of(body("Thirty-year fixed at six percent"), "REGZ-RATE-APR")).hasSize(1);
        assertThat(of(body("Refinance rates from 5.99 APR"), "REGZ-RATE-APR")).isEmpty();
        assertThat(of(body("Refinance rates from 5.99 APR"), "REGZ-DISCLOSE-ADDL")).isEmpty();
    }

    @Test
    void down_payment_assistance_percentage_is_not_a_down_payment() {
        assertThat(of(body("5% down payment assistance available"), "REGZ-TRIGGER-DOWN")).isEmpty();
    }

    @Test
    void points_with_a_loan_amount_are_a_readily_determinable_finance_charge() {
        assertThat(of(body("Only 1 point on a $400k loan!"), "REGZ-TRIGGER-FINCHG")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat("Only 1 point on a $400k loan!".substring(f.start(), f.end())).isEqualTo("1 point");
        });
        assertThat(of(body("Only 1 point!"), "REGZ-TRIGGER-FINCHG")).singleElement().extracting(Finding::severity)
                .isEqualTo(Severity.REVIEW);
    }

    @Test
    void builder_carrying_the_note_is_a_credit_sale() {
        assertThat(of(body("New construction: the builder will carry the note with 10% down."), "REGZ-TRIGGER-DOWN"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.BLOCK);
    }

    @Test
    void a_reduction_by_an_amount_is_a_savings_claim_not_a_payment() {
        assertThat(of(body("Lower your payment by up to $500 a month."), "REGZ-TRIGGER-PAYMENT")).isEmpty();
        assertThat(of(body("Pay off your mortgage 10 years sooner"), "REGZ-TRIGGER-TERM")).isEmpty();
    }

    @Test
    void document_checklists_are_not_loan_terms() {
        assertThat(of(body("Bring two years of W-2s, 30 days of pay stubs, and 2 months of bank statements."),
                "REGZ-TRIGGER-TERM")).isEmpty();
    }
}
