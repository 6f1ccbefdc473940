package com.porchlight.compliance.engine;

import static com.porchlight.compliance.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplianceEngineTest {

    /** Every content rule the README says the engine must decide. */
    static final List<String> README_RULES = List.of("REGZ-RATE-APR", "REGZ-RATE-CONSPICUITY",
            "REGZ-APR-MAY-INCREASE", "REGZ-TRIGGER-DOWN", "REGZ-TRIGGER-TERM", "REGZ-TRIGGER-PAYMENT",
            "REGZ-TRIGGER-FINCHG", "REGZ-DISCLOSE-ADDL", "REGZ-DWELL-RATES", "REGZ-DWELL-PAYMENTS", "REGZ-TAX-LTV",
            "REGZ-FIXED", "REGZ-COMPARISON", "REGZ-GOVT", "REGZ-CURRENT-LENDER", "REGZ-DEBT-ELIM", "REGZ-COUNSELOR",
            "REGZ-HELOC", "REGN-NO-COST", "REGN-TI", "REGN-PAYMENTS", "REGN-APPROVAL", "UDAAP-GUARANTEE",
            "UDAAP-LOWEST", "UDAAP-URGENCY", "UDAAP-PREAPPROVED", "UDAAP-NO-CREDIT-CHECK", "UDAAP-SAVINGS-CLAIM",
            "UDAAP-FREE", "SAFE-NMLS-STATE", "SAFE-NMLS-BANK-MLO", "CA-DRE-LICENSE", "CA-CFL-LICENSE", "NY-LEGEND",
            "NY-NAME-ADDRESS", "FED-NAME-MISUSE", "FAIRHSG-LOGO-FDIC", "FAIRHSG-LOGO-FRB", "FAIRHSG-LOGO-OCC-SA",
            "FAIRHSG-LOGO-NCUA", "FAIRHSG-LOGO-NONBANK", "FAIRHSG-LOGO-VA", "FAIRHSG-DISCRIM-CONTENT",
            "HUD-FHA-LOGO", "VA-GOVT-IMPLY", "RESPA-MSA", "RESPA-ABA", "CANSPAM-HEADER", "CANSPAM-SUBJECT",
            "CANSPAM-AD-ID", "CANSPAM-ADDRESS", "CANSPAM-OPTOUT-MECH", "TCPA-SENDER-ID", "TCPA-REVOCATION",
            "REGZ-ELECTRONIC-TABLE", "FCRA-PRESCREEN");

    @Test
    void catalog_lists_every_readme_rule_with_citation_and_channels() {
        assertThat(RuleCatalog.all()).extracting(RuleInfo::id).containsAll(README_RULES);
        assertThat(RuleCatalog.all()).allSatisfy(r -> {
            assertThat(r.citation()).isNotBlank();
            assertThat(r.channels()).isNotEmpty();
        });
        assertThat(RuleCatalog.find("CANSPAM-ADDRESS")).get().satisfies(r -> {
            assertThat(r.channels()).containsExactly(Channel.EMAIL);
            assertThat(r.defaultSeverity()).isEqualTo(Severity.BLOCK);
        });
    }

    @Test
    void findings_are_sorted_by_severity_then_reading_order() {
        var f = run(Channel.DISPLAY_AD, ANY, TextPart.of(PartKind.HEADLINE, "Lowest rates! Refinance at 5.99%"),
                TextPart.of(PartKind.BODY, "Guaranteed approval. Act now."));
        assertThat(f).isSortedAccordingTo(Comparator.comparing(Finding::severity));
        assertThat(f.get(0).severity()).isEqualTo(Severity.BLOCK);
        assertThat(f.get(0).part()).isEqualTo(PartKind.HEADLINE);
        var blocks = f.stream().filter(x -> x.severity() == Severity.BLOCK).toList();
        assertThat(blocks.get(blocks.size() - 1).part()).isEqualTo(PartKind.BODY);
    }

    @Test
    void a_disabled_rule_is_not_reported_and_an_override_changes_severity() {
        var input = CreativeInput.of(Channel.DISPLAY_AD, ANY, TextPart.of(PartKind.BODY,
                "Refinance at 5.99%! Lowest rates." + IDENTITY));
        var settings = new RuleSettings(Map.of("REGZ-RATE-APR", RuleSetting.severity(Severity.WARN),
                "UDAAP-LOWEST", RuleSetting.disabled()));
        var f = ComplianceEngine.check(input, ACME, settings);
        assertThat(of(f, "UDAAP-LOWEST")).isEmpty();
        assertThat(of(f, "REGZ-RATE-APR")).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARN);
        assertThat(of(ComplianceEngine.check(input, ACME), "UDAAP-LOWEST")).hasSize(1);
    }

    @Test
    void rules_for_other_channels_do_not_run() {
        var display = run(Channel.DISPLAY_AD, ANY, TextPart.of(PartKind.BODY, "Rates from 6.287% APR"));
        assertThat(ids(display)).doesNotContain("CANSPAM-ADDRESS", "TCPA-SENDER-ID");
    }

    @Test
    void spans_point_at_the_offending_text_in_the_original_copy() {
        String copy = "Call now — “Guaranteed  Approval” for every buyer";
        var f = of(body(copy), "UDAAP-GUARANTEE");
        assertThat(f).singleElement().satisfies(x ->
                assertThat(copy.substring(x.start(), x.end())).isEqualTo("Guaranteed  Approval"));
    }

    @Test
    void the_same_input_gives_the_same_findings() {
        String copy = "30-yr fixed – $1,650/mo! Guaranteed approval. Call Jane Doe, Loan Officer.";
        assertThat(body(copy)).isEqualTo(body(copy));
    }

    @Test
    void empty_creative_has_no_findings() {
        assertThat(ComplianceEngine.check(new CreativeInput(Channel.EMAIL, List.of(), ANY), ACME)).isEmpty();
    }

    @Test
    void adversarial_megabyte_inputs_finish_quickly() {
        List<String> units = List.of("1 1 1 % ", "$$$$", "a", "rate 1% APR 1% ", "$1,000/mo 360 payments $50,000 loan ",
                "Jane Doe NMLS 1 Loan Officer Your Big Bank mortgage ", "free money wipe out fixed ARM 5/1 ARM ",
                "1,111,", "a.com.", "1.1.1.1", "%%%% ", "- - - ", "Your Acme Acme Acme ", "1 year 1 year fixed ",
                "pre-approved get pre-approved ", "{current_lender} ", "STOP ", "*", "5%* *APR ");
        for (String unit : units) {
            String big = unit.repeat(1_000_000 / unit.length() + 1);
            String head = big.substring(0, 2_000);
            var input = new CreativeInput(Channel.EMAIL, List.of(TextPart.of(PartKind.SENDER_NAME, head),
                    TextPart.of(PartKind.SUBJECT, head), TextPart.of(PartKind.BODY, big)), ANY);
            long t0 = System.nanoTime();
            List<Finding> f = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> ComplianceEngine.check(input, ACME), "1 MB of \"" + unit + "\"");
            System.out.printf("adversarial 1 MB of \"%s\": %d ms, %d findings%n", unit,
                    (System.nanoTime() - t0) / 1_000_000, f.size());
            assertThat(f).isNotNull();
        }
    }

    @Test
    void random_copy_never_breaks_the_engine_and_spans_stay_inside_their_part() {
        String[] vocab = {"$", "1,822.83", "6.125", "%", "APR", "A.P.R.", "30-yr", "thirty", "-", "year", "fixed",
            "ARM", "7/6", "down", "payment", "payments", "/mo", "a month", "NMLS", "#", "1234567", "Jane", "Doe",
            "Loan", "Officer", "free", "money", "guaranteed", "approval", "pre-approved", "Your", "BigBank",
            "mortgage", "{current_lender}", "STOP", "unsubscribe", "100", "Main", "St", ".", ",", "!", "\n", "é",
            "“", "”", "–", "0", ".5", "points", "fee", "interest", "rate", "LTV", "125", "of", "your", "home's",
            "value", "hud-refi.com", "va.gov", "Federal", "counselor", "no", "closing", "costs", "", "  "};
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 300; round++) {
            List<TextPart> parts = new java.util.ArrayList<>();
            for (PartKind kind : PartKind.values()) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (int w = random.nextInt(40); w > 0; w--) {
                    sb.append(vocab[random.nextInt(vocab.length)]).append(random.nextBoolean() ? " " : "");
                }
                parts.add(TextPart.of(kind, sb.toString()));
            }
            Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
            var ctx = new CreativeContext(random.nextBoolean() ? java.util.Set.of("NY", "CA") : java.util.Set.of(),
                    null, null, random.nextBoolean() ? ProductType.HELOC : null,
                    RateType.values()[random.nextInt(RateType.values().length)], random.nextBoolean());
            var input = new CreativeInput(channel, parts, ctx);
            for (Finding f : ComplianceEngine.check(input, ACME)) {
                TextPart part = parts.stream().filter(x -> x.kind() == f.part() && x.index() == f.partIndex())
                        .findFirst().orElseThrow();
                assertThat(f.start()).isBetween(0, f.end());
                assertThat(f.end()).isLessThanOrEqualTo(part.text().length());
                assertThat(f.message()).contains(f.citation());
            }
        }
    }

    @Test
    void verdict_is_blocked_then_needs_review_then_clear() {
        assertThat(Verdict.of(body("Refinance at 5.99%!"))).isEqualTo(Verdict.BLOCKED);
        assertThat(Verdict.of(body("Lowest rates in town." + IDENTITY))).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(Verdict.of(body("Home loans made simple. Acme Home Loans NMLS #1234567"))).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void subordinate_lien_payment_does_not_need_the_taxes_and_insurance_statement() {
        var second = new CreativeContext(Set.of(), null, null, null, RateType.FIXED, false);
        String copy = "$450/mo for 180 months at 8.125% APR";
        assertThat(of(body(second, copy), "REGZ-DWELL-PAYMENTS")).isEmpty();
        assertThat(of(body(ctx(RateType.FIXED), copy), "REGZ-DWELL-PAYMENTS")).hasSize(1);
    }

    @Test
    void heloc_is_recognised_from_the_copy_when_context_is_silent() {
        var f = body("HELOC rates from 8.25% APR. Tap into your equity.");
        assertThat(of(f, "REGZ-HELOC")).hasSize(1);
    }

    @Test
    void can_spam_fix_uses_the_advertisers_own_footer_snippet() {
        var profile = new AdvertiserProfile("Acme Home Loans, LLC", List.of(), "1234567", RegulatorType.NONBANK,
                false, false, null, List.of(), List.of(),
                new DisclosureSnippets(null, "Acme Home Loans, 9 Elm Ave, Dallas TX 75201. Unsubscribe: {link}"));
        var f = ComplianceEngine.check(CreativeInput.of(Channel.EMAIL, ANY,
                TextPart.of(PartKind.BODY, "Rates from 6.287% APR")), profile);
        assertThat(of(f, "CANSPAM-ADDRESS")).singleElement().extracting(Finding::suggestion)
                .isEqualTo("Acme Home Loans, 9 Elm Ave, Dallas TX 75201. Unsubscribe: {link}");
    }
}
