package com.porchlight.compliance.engine;

import static com.porchlight.compliance.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegZRateRulesTest {

    @Test
    void rate_without_apr_fires_block() {
        var f = of(body("Refinance at 5.99%!"), "REGZ-RATE-APR");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.BLOCK);
            assertThat("Refinance at 5.99%!".substring(x.start(), x.end())).isEqualTo("5.99%");
            assertThat(x.message()).contains("1026.24(c)");
        });
    }

    @Test
    void rate_called_interest_or_fixed_without_apr_fires() {
        assertThat(of(body("Mortgage rates from 6.25% interest."), "REGZ-RATE-APR")).hasSize(1);
        assertThat(of(body("Fixed 6.5% on a 30-year."), "REGZ-RATE-APR")).hasSize(1);
        assertThat(of(body("Rates as low as 6 percent this week"), "REGZ-RATE-APR")).hasSize(1);
        assertThat(of(body("30 yr fixed @ 6.5 pct"), "REGZ-RATE-APR")).hasSize(1);
    }

    @Test
    void rate_with_apr_in_any_spelling_does_not_fire() {
        assertThat(of(body("6.125% interest rate / 6.287% APR."), "REGZ-RATE-APR")).isEmpty();
        assertThat(of(body("Rates from 6.287% A.P.R. today"), "REGZ-RATE-APR")).isEmpty();
        assertThat(of(body("Refinance at 6.287% annual percentage rate"), "REGZ-RATE-APR")).isEmpty();
        assertThat(of(body("APR as low as 6.287% on a refinance"), "REGZ-RATE-APR")).isEmpty();
    }

    @Test
    void down_payment_ltv_and_non_credit_percentages_are_not_rates() {
        assertThat(of(body("Just 3% down on your new mortgage"), "REGZ-RATE-APR")).isEmpty();
        assertThat(of(body("Cash-out refinance up to 80% LTV"), "REGZ-RATE-APR")).isEmpty();
        assertThat(of(body("98% of our borrowers would refinance with us again"), "REGZ-RATE-APR")).isEmpty();
    }

    @Test
    void effective_or_monthly_rate_fires_conspicuity_block() {
        var eff = of(body("Effective rate 4.9% on our mortgage, 5.1% APR"), "REGZ-RATE-CONSPICUITY");
        assertThat(eff).singleElement().extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        assertThat(of(body("Only 0.5% monthly rate on home loans, 6.2% APR"), "REGZ-RATE-CONSPICUITY")).hasSize(1);
    }

    @Test
    void simple_rate_beside_apr_does_not_fire_conspicuity() {
        assertThat(of(body("5.25% rate | 5.61% APR"), "REGZ-RATE-CONSPICUITY")).isEmpty();
    }

    @Test
    void headline_rate_with_apr_only_in_footer_fires_review() {
        var f = run(Channel.DISPLAY_AD, ANY, TextPart.of(PartKind.HEADLINE, "Mortgage rates 5.25%!"),
                TextPart.of(PartKind.FOOTER, "5.61% APR. " + IDENTITY));
        assertThat(of(f, "REGZ-RATE-CONSPICUITY")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.REVIEW);
            assertThat(x.part()).isEqualTo(PartKind.HEADLINE);
        });
        assertThat(of(f, "REGZ-RATE-APR")).isEmpty();
    }

    @Test
    void arm_apr_without_increase_statement_fires_block() {
        assertThat(of(body("7/6 ARM 5.75% APR"), "REGZ-APR-MAY-INCREASE")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        assertThat(of(body("ARM loans from 5.9% APR"), "REGZ-APR-MAY-INCREASE")).hasSize(1);
        assertThat(of(body(ctx(RateType.ARM), "Rates from 5.9% APR"), "REGZ-APR-MAY-INCREASE")).hasSize(1);
    }

    @Test
    void arm_apr_with_increase_statement_does_not_fire() {
        assertThat(of(body("7/6 ARM: 5.500% rate, 6.412% APR. APR may increase after consummation."),
                "REGZ-APR-MAY-INCREASE")).isEmpty();
        assertThat(of(body(ctx(RateType.FIXED), "30-year fixed 6.287% APR"), "REGZ-APR-MAY-INCREASE")).isEmpty();
    }

    @Test
    void market_statistics_and_underwriting_percentages_are_not_rates() {
        for (String s : new String[] {"Home prices up 5% year over year, mortgage rates steady",
                "Home values rose 5% last year.", "Over 95% customer satisfaction on every loan",
                "Get 1% cash back at closing on your mortgage", "DTI up to 50% on FHA loans",
                "Mortgages with 20% equity", "3.5% minimum down payment on FHA loans"}) {
            assertThat(of(body(s), "REGZ-RATE-APR")).as(s).isEmpty();
        }
    }

    @Test
    void a_figure_starred_to_an_apr_footnote_is_an_apr() {
        var f = run(Channel.DISPLAY_AD, ANY, TextPart.of(PartKind.HEADLINE, "Refinance rates as low as 5.99%*"),
                TextPart.of(PartKind.FOOTER, "*Annual Percentage Rate. " + IDENTITY));
        assertThat(ids(f)).doesNotContain("REGZ-RATE-APR", "REGZ-RATE-CONSPICUITY");
        var unstarred = run(Channel.DISPLAY_AD, ANY, TextPart.of(PartKind.HEADLINE, "Refinance rates as low as 5.99%*"),
                TextPart.of(PartKind.FOOTER, "*Rates subject to change. " + IDENTITY));
        assertThat(of(unstarred, "REGZ-RATE-APR")).hasSize(1);
    }
}
