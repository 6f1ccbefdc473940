package com.porchlight.creative.demo;

import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.LoanPurpose;
import com.porchlight.compliance.engine.ProductType;
import com.porchlight.compliance.engine.Program;
import com.porchlight.compliance.engine.RateType;
import com.porchlight.creative.CreativeContent;
import com.porchlight.creative.CreativeField;
import com.porchlight.creative.CreativeSetup;
import com.porchlight.rate.RateProduct;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Realistic copy for the demo lender, Harbor Light Home Loans; most of it passes the pre-check, one draft does not. */
final class DemoCreativeContent {

    static final String LENDER = "Harbor Light Home Loans, LLC, NMLS #1002003, 100 Main Street, Suite 200, "
            + "Sacramento, CA 95814. Equal Housing Opportunity.";
    static final String EMAIL_FOOTER = LENDER + " This is an advertisement. To stop receiving these emails, "
            + "unsubscribe here or reply STOP.";

    private DemoCreativeContent() {
    }

    static CreativeSetup setup(Program program, LoanPurpose purpose, RateType rateType, String campaign,
            @Nullable RateProduct quoted) {
        return new CreativeSetup(Set.of("TX"), program, purpose, ProductType.CLOSED_END, rateType, campaign, null,
                quoted);
    }

    static CreativeContent firstTimeBuyerEmail() {
        return CreativeContent.empty(Channel.EMAIL)
                .with(CreativeField.SENDER_NAME, "Harbor Light Home Loans")
                .with(CreativeField.SUBJECT, "Advertisement: buying your first home this spring?")
                .with(CreativeField.PREHEADER, "A loan officer can walk you through every step")
                .with(CreativeField.BODY, "<h2>Your first home starts with a plan</h2>"
                        + "<p>Buying for the first time raises a lot of questions: how much to save, what a "
                        + "pre-approval is, and what happens at closing.</p>"
                        + "<p>Our loan officers explain your options in plain language and help you compare "
                        + "programs side by side.</p><ul><li>Free pre-approval review</li>"
                        + "<li>Homebuyer checklist</li><li>Answers the same day</li></ul>")
                .with(CreativeField.CALL_TO_ACTION, "Talk to a loan officer")
                .with(CreativeField.FOOTER, EMAIL_FOOTER)
                .withSetup(setup(Program.CONVENTIONAL, LoanPurpose.PURCHASE, RateType.FIXED, "Spring homebuyers",
                        null));
    }

    static CreativeContent winterRefiEmail() {
        return CreativeContent.empty(Channel.EMAIL)
                .with(CreativeField.SENDER_NAME, "Harbor Light Home Loans")
                .with(CreativeField.SUBJECT, "Advertisement: is it time to review your mortgage?")
                .with(CreativeField.PREHEADER, "A quick check-in before the new year")
                .with(CreativeField.BODY, "<p>If your plans have changed since you bought your home, a short "
                        + "review with a loan officer can show whether refinancing fits them.</p>")
                .with(CreativeField.CALL_TO_ACTION, "Book a review")
                .with(CreativeField.FOOTER, EMAIL_FOOTER)
                .withSetup(setup(Program.CONVENTIONAL, LoanPurpose.REFINANCE, RateType.FIXED, "Winter refinance",
                        null));
    }

    /** Deliberately fails the pre-check: a rate without its APR. Kept as a draft to show the live findings. */
    static CreativeContent summerPromoEmail() {
        return firstTimeBuyerEmail()
                .with(CreativeField.SUBJECT, "Rates as low as 5.25% this summer!")
                .with(CreativeField.BODY, "<p>Lock a 30-year fixed rate as low as 5.25% before summer ends.</p>"
                        + "<p>Low monthly payments and fast closings.</p>")
                .withSetup(setup(Program.CONVENTIONAL, LoanPurpose.PURCHASE, RateType.FIXED, "Summer promo",
                        RateProduct.CONV_30_FIXED));
    }

    static CreativeContent refiSms() {
        return CreativeContent.empty(Channel.SMS)
                .with(CreativeField.SMS_TEXT, "Harbor Light Home Loans: thinking about your next move? Our loan "
                        + "officers can talk through your options today. NMLS #1002003. Reply STOP to opt out.")
                .withSetup(setup(Program.CONVENTIONAL, LoanPurpose.PURCHASE, RateType.FIXED, "Past clients", null));
    }

    static CreativeContent purchaseSearchAd() {
        return CreativeContent.empty(Channel.SEARCH_AD)
                .with(CreativeField.HEADLINE, List.of("Harbor Light Home Loans", "Talk to a Loan Officer",
                        "Home Purchase Loans", "Pre-Approval Review", "Local Loan Officers"))
                .with(CreativeField.DESCRIPTION, List.of(
                        "Buying a home? Our loan officers explain your options. NMLS #1002003.",
                        "Compare purchase programs with a local loan officer and get answers the same day."))
                .withSetup(setup(Program.CONVENTIONAL, LoanPurpose.PURCHASE, RateType.FIXED, "Search: purchase",
                        null));
    }

    static CreativeContent vaSocialAd() {
        return CreativeContent.empty(Channel.SOCIAL_AD)
                .with(CreativeField.PRIMARY_TEXT, "Served our country? Harbor Light Home Loans helps veterans and "
                        + "service members understand how VA home loans work, from eligibility to closing. "
                        + "Harbor Light is not affiliated with or endorsed by the Department of Veterans Affairs or "
                        + "any government agency. " + LENDER)
                .with(CreativeField.HEADLINE, "VA home loans, explained")
                .with(CreativeField.DESCRIPTION, "Talk to a loan officer who works with veterans")
                .withSetup(setup(Program.VA, LoanPurpose.PURCHASE, RateType.FIXED, "Veterans", null));
    }

    static CreativeContent moveUpLandingPage() {
        return CreativeContent.empty(Channel.LANDING_PAGE)
                .with(CreativeField.HEADLINE, "Ready for more room?")
                .with(CreativeField.BODY, "<p>Selling and buying at the same time takes planning. Our loan "
                        + "officers help you line up the financing for your next home.</p>"
                        + "<p>We close most purchase loans in 21 days.</p>")
                .with(CreativeField.CALL_TO_ACTION, "Start your plan")
                .with(CreativeField.DISCLOSURES, LENDER)
                .withSetup(setup(Program.CONVENTIONAL, LoanPurpose.PURCHASE, RateType.FIXED, "Move-up buyers",
                        null));
    }

    static CreativeContent openHouseBanner() {
        return CreativeContent.empty(Channel.DISPLAY_AD)
                .with(CreativeField.HEADLINE, "Found the one? Get pre-approved.")
                .with(CreativeField.BODY, "Local loan officers, answers the same day.")
                .with(CreativeField.CALL_TO_ACTION, "Get started")
                .with(CreativeField.DISCLOSURES, LENDER)
                .withSetup(setup(Program.CONVENTIONAL, LoanPurpose.PURCHASE, RateType.FIXED, "Open house", null));
    }

    static CreativeContent seminarPostcard() {
        return CreativeContent.empty(Channel.PRINT)
                .with(CreativeField.HEADLINE, "Free homebuyer seminar")
                .with(CreativeField.BODY, "Join Harbor Light Home Loans for an evening on buying your first "
                        + "home: budgeting, pre-approval, and what to expect at closing.\n\nThursday evenings at "
                        + "our Sacramento office. Seats are limited; call to reserve yours.")
                .with(CreativeField.DISCLOSURES, LENDER + " This is an advertisement.")
                .withSetup(setup(Program.CONVENTIONAL, LoanPurpose.PURCHASE, RateType.FIXED, "Seminars", null));
    }

    /** Quotes today's jumbo rate with its APR and the full-term example; goes stale when the jumbo rate moves. */
    static CreativeContent jumboFlyer(BigDecimal rate, BigDecimal apr) {
        BigDecimal payment = payment(new BigDecimal("900000"), rate, 360);
        return CreativeContent.empty(Channel.CO_MARKETING)
                .with(CreativeField.HEADLINE, "Jumbo financing for your listing")
                .with(CreativeField.BODY, "30-year fixed jumbo loans at a " + rate.toPlainString()
                        + "% interest rate, " + apr.toPlainString() + "% APR. Our loan officers can walk your buyers "
                        + "through the terms for this home.")
                .with(CreativeField.DISCLOSURES, "Example: a $900,000 loan for 30 years at a " + rate.toPlainString()
                        + "% interest rate, " + apr.toPlainString() + "% APR, has 360 monthly payments of $"
                        + String.format(java.util.Locale.US, "%,.2f", payment) + " (principal and interest) with a "
                        + "20% down payment. Payments do not include taxes and insurance; the actual payment "
                        + "obligation will be greater. Rates change daily. " + LENDER)
                .withSetup(new CreativeSetup(Set.of("TX"), Program.JUMBO, LoanPurpose.PURCHASE,
                        ProductType.CLOSED_END, RateType.FIXED, "Realtor partners", null,
                        RateProduct.JUMBO_30_FIXED));
    }

    /** The monthly principal-and-interest payment of a fully amortising loan. */
    static BigDecimal payment(BigDecimal principal, BigDecimal annualRatePercent, int months) {
        double r = annualRatePercent.doubleValue() / 100 / 12;
        double p = principal.doubleValue() * r / (1 - Math.pow(1 + r, -months));
        return BigDecimal.valueOf(p).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
