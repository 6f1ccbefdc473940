package com.porchlight.compliance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Complete creatives written the way lenders write them, each with the exact set of rule IDs it must
 * produce. Line format: {@code name | channel;states;program;purpose;product;rate | PART=text | ... => IDS}.
 * FAIRHSG-LOGO-NONBANK (a WARN) is left out of the expectations unless it is the point of the case.
 */
class EndToEndCreativesTest {

    private static final String CASES = """
            clean refinance email | EMAIL;TX;CONVENTIONAL;REFINANCE;CLOSED_END;FIXED | SENDER_NAME=Acme Home Loans | SUBJECT=Rates dipped this week – see today's 30-year fixed | PREHEADER=A quick rate update from your Acme team | BODY=Hi {first_name}, rates moved lower this week. Today's 30-year fixed refinance is 6.125% (6.287% APR). Example: a $300,000 loan for 30 years at 6.125% interest rate, 6.287% APR, has 360 monthly payments of $1,822.83. Payment does not include taxes and insurance; the actual payment obligation will be greater. Rates as of 06/02/2025; assumes 760 FICO, 80% LTV. Questions? Reply to Jane Doe, Loan Officer, NMLS #765432. | CALL_TO_ACTION=See your rate | FOOTER=This email is an advertisement from Acme Home Loans, LLC, 100 Main St, Austin, TX 78701. NMLS #1234567. Equal Housing Opportunity. To stop receiving these emails, unsubscribe here. =>
            clean sms | SMS;TX;;;; | SMS_TEXT=Acme Home Loans (NMLS #1234567): Rates from 6.287% APR this week. Details: acmehomeloans.com/rates Reply STOP to opt out. =>
            clean search ad | SEARCH_AD;TX;;REFINANCE;; | HEADLINE=Refinance With Acme Home Loans | HEADLINE=Rates From 6.287% APR | DESCRIPTION=Compare refinance options online in minutes. Subject to credit approval. NMLS #1234567. Equal Housing Opportunity. =>
            clean fha social post | SOCIAL_AD;TX;FHA;PURCHASE;CLOSED_END;FIXED | BODY=Buying your first home? FHA loans let you buy with a low down payment. Talk to Jane Doe (NMLS #765432) at Acme Home Loans, NMLS #1234567. FHA loans are insured by the Federal Housing Administration; Acme is not acting on behalf of HUD/FHA. Equal Housing Opportunity. =>
            clean open-house flyer | CO_MARKETING;TX;;PURCHASE;;FIXED | HEADLINE=123 Oak St – Open House Sunday | BODY=Listed by Sam Realtor. Financing available through Acme Home Loans. Example: $400,000 price, 20% down ($80,000), $320,000 loan at 6.000% (6.144% APR) for 30 years: 360 monthly payments of $1,918.56. Payments do not include taxes and insurance; actual payment obligation will be greater. Jane Doe, Loan Officer, NMLS #765432 · Acme Home Loans, LLC NMLS #1234567 · Equal Housing Opportunity =>
            arm landing page without payment schedule | LANDING_PAGE;TX;;REFINANCE;;ARM | HEADLINE=5/6 Adjustable-Rate Mortgage | BODY=5/6 ARM: 5.25% for years 1–5; then 7.10% (index + margin as of 05/15/2025), may adjust every 6 months; 6.89% APR. The APR may increase after consummation. Acme Home Loans, LLC NMLS #1234567. Equal Housing Opportunity. => REGZ-TRIGGER-TERM, REGZ-DISCLOSE-ADDL
            brand ad with no terms | DISPLAY_AD;TX;;;; | HEADLINE=Home loans made simple | BODY=Apply online in minutes; subject to credit approval. Acme Home Loans, NMLS #1234567. Equal Housing Opportunity. =>
            company history is not a term | DISPLAY_AD;;;;; | HEADLINE=Rates at 3-year lows | BODY=We've helped 10,000 families since 2005. Over 20 years in business. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. =>
            payment flyer without disclosures | PRINT;TX;;PURCHASE;;FIXED | HEADLINE=Own for $1,899/mo! | BODY=Move into your dream home with just 3% down. 30-year fixed. Call Acme today! => REGZ-DISCLOSE-ADDL, REGZ-DWELL-PAYMENTS, REGZ-TRIGGER-PAYMENT, REGZ-TRIGGER-TERM, REGZ-TRIGGER-DOWN, SAFE-NMLS-STATE, FAIRHSG-LOGO-NONBANK
            arm teaser display | DISPLAY_AD;TX;;REFINANCE;;ARM | HEADLINE=7/6 ARM – Fixed low rate 5.25% | BODY=Why pay 7% when you can pay 5.25%? Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGZ-FIXED, REGZ-DWELL-RATES, REGZ-RATE-APR, REGZ-COMPARISON, REGZ-DISCLOSE-ADDL, REGZ-TRIGGER-TERM
            preferred lender flyer | CO_MARKETING;TX;;PURCHASE;;FIXED | BODY=Financing by Acme Home Loans, our preferred lender. Rates from 6.144% APR. Acme Home Loans, LLC NMLS #1234567 · Equal Housing Opportunity => RESPA-MSA
            ny email without legend | EMAIL;NY;;REFINANCE;;FIXED | SENDER_NAME=Acme Mortgage | SUBJECT=Your mortgage options | BODY=Lower your rate with Acme. 6.287% APR on a 30-year fixed. Call us. | FOOTER=Acme Home Loans, LLC NMLS #1234567. Equal Housing Opportunity. Unsubscribe. => REGZ-DISCLOSE-ADDL, REGZ-TRIGGER-TERM, CANSPAM-ADDRESS, NY-LEGEND, NY-NAME-ADDRESS, CANSPAM-AD-ID
            california heloc free money | LANDING_PAGE;CA;;;HELOC; | HEADLINE=Tap your equity – it's free money! | BODY=Home equity lines of credit from 8.25% APR. Acme Home Loans, NMLS #1234567. Equal Housing Opportunity. => REGZ-HELOC, UDAAP-FREE, CA-CFL-LICENSE, CA-DRE-LICENSE
            pushy sms | SMS;;;;; | SMS_TEXT=You're pre-approved! Skip 2 mortgage payments when you refi. No credit check. Call now 555-0100 => TCPA-SENDER-ID, UDAAP-NO-CREDIT-CHECK, SAFE-NMLS-STATE, FCRA-PRESCREEN, REGN-APPROVAL, UDAAP-PREAPPROVED, REGN-PAYMENTS, TCPA-REVOCATION, FAIRHSG-LOGO-NONBANK
            va notice mailer email | EMAIL;;VA;REFINANCE;;FIXED | SENDER_NAME=VA Loan Center | SUBJECT=FINAL NOTICE: your VA benefit expires | BODY=IMPORTANT VA BENEFIT NOTICE – Form VA-1000. Act within 10 days. Our Mortgage Counselors can erase your debt with a government-backed cash-out refinance. Save $412/month! | FOOTER=Acme Home Loans NMLS #1234567, 100 Main St Austin TX. Unsubscribe. This is an advertisement. => CANSPAM-HEADER, FED-NAME-MISUSE, VA-GOVT-IMPLY, REGZ-COUNSELOR, REGZ-DEBT-ELIM, CANSPAM-SUBJECT, UDAAP-URGENCY, REGZ-GOVT, UDAAP-SAVINGS-CLAIM, FAIRHSG-LOGO-VA, FAIRHSG-LOGO-NONBANK
            term list with apr only | DISPLAY_AD;;;REFINANCE;;FIXED | HEADLINE=Refi and save | BODY=Keep more each month. 30-year terms available with rates from 5.625% APR. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGZ-DISCLOSE-ADDL, REGZ-TRIGGER-TERM
            rate without apr search ad | SEARCH_AD;;;REFINANCE;; | HEADLINE=Refinance at 5.99%! | DESCRIPTION=Lowest rates in Texas. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGZ-RATE-APR, UDAAP-LOWEST
            guaranteed approval banner | DISPLAY_AD;;;;; | HEADLINE=Guaranteed approval – bad credit OK! | BODY=Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGN-APPROVAL, UDAAP-GUARANTEE, UDAAP-NO-CREDIT-CHECK
            current lender letter | PRINT;;;REFINANCE;; | HEADLINE=Important notice regarding your Summit Home Loans mortgage | BODY=Call today to review your options. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGZ-CURRENT-LENDER
            disclaimed current lender letter | PRINT;;;REFINANCE;; | HEADLINE=Is your Wells Fargo mortgage working for you? | BODY=Acme Home Loans is not affiliated with or acting on behalf of Wells Fargo. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. =>
            loan officer postcard without nmls | PRINT;;;PURCHASE;; | BODY=Thinking of buying? Call Maria Lopez, Senior Mortgage Advisor, at 555-0100. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => SAFE-NMLS-BANK-MLO
            over-value cash out | DISPLAY_AD;;;CASH_OUT_REFINANCE;; | HEADLINE=Borrow up to 125% of your home's value | BODY=Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGZ-TAX-LTV
            discriminatory listing flyer | CO_MARKETING;;;PURCHASE;; | BODY=Adults only community – perfect for young professionals. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => FAIRHSG-DISCRIM-CONTENT
            government program for conventional | DISPLAY_AD;;CONVENTIONAL;REFINANCE;; | HEADLINE=New Government Refinance Program! | BODY=Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGZ-GOVT
            affiliated title required | LANDING_PAGE;;;PURCHASE;; | BODY=Get our best pricing only when you close with our affiliated title company. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => RESPA-ABA, UDAAP-LOWEST
            no closing cost refi | SOCIAL_AD;;;REFINANCE;; | BODY=Refinance with NO closing costs! Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGN-NO-COST
            total payment claim | DISPLAY_AD;;;PURCHASE;;FIXED | BODY=Your total monthly payment: $1,650. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGN-TI, REGZ-TRIGGER-PAYMENT, REGZ-DISCLOSE-ADDL, REGZ-DWELL-PAYMENTS
            fha logo by broker | PRINT;;FHA;PURCHASE;; | BODY=[HUD seal] FHA Streamline Notice. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => HUD-FHA-LOGO
            agency domain sender | EMAIL;;;REFINANCE;; | SENDER_NAME=Federal Home Refinance Center | SUBJECT=Rates update | BODY=Visit hud-refi-program.com today. | FOOTER=This is an advertisement. Acme Home Loans NMLS #1234567, 100 Main St, Austin TX. Unsubscribe. Equal Housing Opportunity. => FED-NAME-MISUSE, HUD-FHA-LOGO, CANSPAM-HEADER
            fake reply subject | EMAIL;;;REFINANCE;; | SENDER_NAME=Acme Home Loans | SUBJECT=RE: Your approved refinance | BODY=Call us. | FOOTER=This is an advertisement. Acme Home Loans NMLS #1234567, 100 Main St, Austin TX. Unsubscribe. Equal Housing Opportunity. => CANSPAM-SUBJECT
            email with no footer | EMAIL;;;; | SENDER_NAME=Acme Home Loans | SUBJECT=June update | BODY=Rates from 6.287% APR. Acme NMLS #1234567. Equal Housing Opportunity. => CANSPAM-ADDRESS, CANSPAM-OPTOUT-MECH, CANSPAM-AD-ID
            fdic bank without ehl | SOCIAL_AD;;;;; | BODY=Home loans from Acme Home Loans, NMLS #1234567. Rates from 6.287% APR. => FAIRHSG-LOGO-NONBANK
            sms with payment | SMS;;;REFINANCE;;FIXED | SMS_TEXT=Acme Home Loans NMLS #1234567: 30-yr fixed payments from $1,650/mo. Reply STOP to opt out. => REGZ-ELECTRONIC-TABLE, REGZ-TRIGGER-TERM, REGZ-TRIGGER-PAYMENT, REGZ-DISCLOSE-ADDL, REGZ-DWELL-PAYMENTS, FAIRHSG-LOGO-NONBANK
            counselor signature | EMAIL;;;; | SENDER_NAME=Acme Home Loans | SUBJECT=Meet your team | BODY=Your personal home-loan counselor, Jane Doe, NMLS #765432. | FOOTER=This is an advertisement. Acme Home Loans NMLS #1234567, 100 Main St, Austin TX. Unsubscribe. Equal Housing Opportunity. => REGZ-COUNSELOR
            debt-free claim | SOCIAL_AD;;;CASH_OUT_REFINANCE;; | BODY=Wipe out your credit card debt with a cash-out refi! Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGZ-DEBT-ELIM
            savings and free appraisal | DISPLAY_AD;;;REFINANCE;;FIXED | BODY=Save $300/month and get a free appraisal. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => UDAAP-SAVINGS-CLAIM, UDAAP-FREE
            skip payments | SOCIAL_AD;;;REFINANCE;; | BODY=Skip your next 2 mortgage payments when you refinance! Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGN-PAYMENTS
            prescreen letter | PRINT;;;REFINANCE;; | BODY=Jane, you've been pre-selected for a refinance based on your credit. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => FCRA-PRESCREEN, UDAAP-PREAPPROVED, REGN-APPROVAL
            buydown comparison | DISPLAY_AD;;;PURCHASE;;BUYDOWN | BODY=Drop your $2,400 payment to $1,650 with a 2-1 buydown! Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGZ-COMPARISON, REGZ-TRIGGER-PAYMENT, REGZ-DISCLOSE-ADDL, REGZ-DWELL-PAYMENTS
            effective rate | DISPLAY_AD;;;;; | BODY=Effective rate 4.9% on home loans. Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGZ-RATE-CONSPICUITY, REGZ-RATE-APR
            arm apr without increase | SEARCH_AD;;;;;ARM | HEADLINE=ARM loans from 5.9% APR | DESCRIPTION=Acme Home Loans NMLS #1234567. Equal Housing Opportunity. => REGZ-APR-MAY-INCREASE
            wrong nmls | DISPLAY_AD;;;;; | BODY=Acme Home Loans NMLS #7654321. Equal Housing Opportunity. => SAFE-NMLS-STATE
            """;

    record Case(String name, CreativeInput input, Set<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static <E extends Enum<E>> E en(Class<E> type, String s) {
        return s.isBlank() ? null : Enum.valueOf(type, s.trim());
    }

    static Stream<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (String line : CASES.strip().split("\n")) {
            String[] io = line.split(" =>", 2);
            String[] f = io[0].split(" \\| ");
            String[] h = (f[1] + ";;;;;;").split(";", -1);
            var ctx = new CreativeContext(h[1].isBlank() ? Set.of() : Set.of(h[1].split(",")), en(Program.class, h[2]),
                    en(LoanPurpose.class, h[3]), en(ProductType.class, h[4]), en(RateType.class, h[5]), null);
            List<TextPart> parts = new ArrayList<>();
            for (int i = 2; i < f.length; i++) {
                String[] kv = f[i].split("=", 2);
                PartKind kind = PartKind.valueOf(kv[0].trim());
                int index = (int) parts.stream().filter(p -> p.kind() == kind).count();
                parts.add(new TextPart(kind, index, kv[1].trim()));
            }
            Set<String> expected = new TreeSet<>();
            Arrays.stream(io[1].split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(expected::add);
            out.add(new Case(f[0].trim(), new CreativeInput(Channel.valueOf(h[0].trim()), parts, ctx), expected));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void creative_produces_exactly_the_expected_rules(Case c) {
        Set<String> actual = Fixtures.ids(ComplianceEngine.check(c.input(), Fixtures.ACME));
        if (!c.expected().contains("FAIRHSG-LOGO-NONBANK")) {
            actual.remove("FAIRHSG-LOGO-NONBANK");
        }
        assertThat(actual).as(c.name()).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void clean_creatives_have_no_block_or_review(Case c) {
        if (!c.expected().isEmpty()) {
            return;
        }
        assertThat(ComplianceEngine.check(c.input(), Fixtures.ACME))
                .allSatisfy(f -> assertThat(f.severity()).as(f.ruleId()).isEqualTo(Severity.WARN));
    }
}
