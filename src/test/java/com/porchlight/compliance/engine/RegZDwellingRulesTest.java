package com.porchlight.compliance.engine;

import static com.porchlight.compliance.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RegZDwellingRulesTest {

    @Test
    void intro_rate_without_later_rate_or_apr_fires_dwell_rates() {
        var f = of(body("Intro rate 4.99% for 5 years!"), "REGZ-DWELL-RATES");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.BLOCK);
            assertThat(x.message()).contains("each simple annual rate", "the APR");
        });
    }

    @Test
    void full_arm_rate_schedule_does_not_fire_dwell_rates() {
        assertThat(of(body("5/6 ARM: 5.25% for years 1–5; then 7.10% (index + margin as of 05/15/2025), may adjust"
                + " every 6 months; 6.89% APR."), "REGZ-DWELL-RATES")).isEmpty();
    }

    @Test
    void fixed_rate_ad_has_no_dwell_rates_duty() {
        assertThat(of(body(ctx(RateType.FIXED), "30-year fixed 6.125% rate, 6.287% APR"), "REGZ-DWELL-RATES"))
                .isEmpty();
    }

    @Test
    void payment_with_ti_statement_only_in_footer_is_review() {
        var f = run(Channel.DISPLAY_AD, ctx(RateType.FIXED),
                TextPart.of(PartKind.HEADLINE, "Payments from $1,199/mo*"),
                TextPart.of(PartKind.FOOTER, "*360 monthly payments of $1,199 at 6.000% (6.144% APR) on a $200,000"
                        + " 30-year fixed loan. Payments do not include taxes and insurance; actual payment obligation"
                        + " will be greater." + IDENTITY));
        assertThat(of(f, "REGZ-DWELL-PAYMENTS")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.REVIEW);
            assertThat(x.part()).isEqualTo(PartKind.HEADLINE);
        });
    }

    @Test
    void payment_without_taxes_and_insurance_statement_fires_block() {
        var f = of(body("$1,798.65/mo for 360 months at 6.144% APR"), "REGZ-DWELL-PAYMENTS");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.BLOCK);
            assertThat(x.message()).contains("taxes and insurance");
        });
    }

    @Test
    void interest_only_payment_without_later_payment_fires() {
        var f = of(body(ctx(RateType.INTEREST_ONLY), "Interest-only payment of $1,500 for 10 years. Taxes and"
                + " insurance not included."), "REGZ-DWELL-PAYMENTS");
        assertThat(f).singleElement().extracting(Finding::message).asString().contains("each payment");
    }

    @Test
    void complete_payment_statement_does_not_fire() {
        assertThat(of(body("$1,798.65/mo principal & interest for 360 months. Does not include taxes and insurance;"
                + " actual payment obligation will be greater."), "REGZ-DWELL-PAYMENTS")).isEmpty();
    }

    @Test
    void credit_above_home_value_without_tax_statement_fires() {
        assertThat(of(body("Borrow up to 125% of your home's value."), "REGZ-TAX-LTV")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        assertThat(of(body("Borrow more than your home is worth"), "REGZ-TAX-LTV")).hasSize(1);
        assertThat(of(body("Loans up to 110% LTV"), "REGZ-TAX-LTV")).hasSize(1);
    }

    @Test
    void credit_within_value_or_with_tax_statement_does_not_fire() {
        assertThat(of(body("Cash-out up to 80% LTV."), "REGZ-TAX-LTV")).isEmpty();
        assertThat(of(body("Borrow up to 125% of your home's value. The interest on the portion of the credit"
                + " greater than the fair market value of the dwelling is not tax deductible. Consult a tax adviser."),
                "REGZ-TAX-LTV")).isEmpty();
    }

    @Test
    void fixed_in_an_arm_ad_without_period_fires() {
        assertThat(of(body(ctx(RateType.ARM), "7/6 ARM. Fixed low rate: 5.25%"), "REGZ-FIXED")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        assertThat(of(body(ctx(RateType.ARM), "Fixed rate savings! Our 7/6 ARM"), "REGZ-FIXED")).hasSize(1);
    }

    @Test
    void fixed_payment_on_interest_only_loan_fires() {
        assertThat(of(body(ctx(RateType.INTEREST_ONLY), "Your payment stays fixed!"), "REGZ-FIXED")).hasSize(1);
    }

    @Test
    void arm_fixed_period_with_may_adjust_statement_does_not_fire() {
        assertThat(of(body(ctx(RateType.ARM), "7/6 ARM – rate fixed for the first 7 years, then may adjust every 6"
                + " months."), "REGZ-FIXED")).isEmpty();
        assertThat(of(body(ctx(RateType.FIXED), "30-year fixed-rate mortgage"), "REGZ-FIXED")).isEmpty();
    }

    @Test
    void savings_comparison_on_buydown_fires_comparison() {
        var f = of(body(ctx(RateType.BUYDOWN), "Drop your $2,400 payment to $1,650!"), "REGZ-COMPARISON");
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        assertThat(of(body("Why pay 7% when you can pay 4.99% with our intro ARM rate?"), "REGZ-COMPARISON"))
                .hasSize(1);
    }

    @Test
    void comparison_between_fixed_rate_loans_does_not_fire_comparison() {
        assertThat(of(body(ctx(RateType.FIXED), "Lower your payment: 30-year fixed 6.000% (6.144% APR)"),
                "REGZ-COMPARISON")).isEmpty();
    }

    @Test
    void heloc_free_money_is_block_and_closed_end_rules_are_skipped() {
        var ctx = new CreativeContext(Set.of(), null, null, ProductType.HELOC, null, null);
        var f = body(ctx, "Tap your equity – it's free money! Rates from 7.5%.");
        assertThat(of(f, "REGZ-HELOC")).singleElement().extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        assertThat(ids(f)).doesNotContain("REGZ-RATE-APR", "REGZ-DISCLOSE-ADDL");
    }

    @Test
    void heloc_rate_is_review_and_closed_end_ad_has_no_heloc_finding() {
        assertThat(of(body("Home equity line of credit: rates from 8.25% APR variable"), "REGZ-HELOC"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.REVIEW);
        assertThat(of(body("Cash-out refinance: 30-year fixed 6.287% APR"), "REGZ-HELOC")).isEmpty();
    }
}
