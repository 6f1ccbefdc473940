package com.porchlight.lead.demo;

import com.porchlight.lead.AssignmentMode;
import com.porchlight.lead.PricingModel;
import com.porchlight.lead.SourceChannel;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lead source of the demo lender (Harbor Light Mortgage) and how its leads look: its share of the lead volume, how
 * well its leads convert ({@code quality}, 1 = average), its purpose mix (purchase, rate/term refinance, cash-out,
 * home equity), how often it delivers phone numbers, email opt-ins and TCPA written consent, and the consent
 * language its form shows. Names are fictitious; costs are what such sources typically charge.
 *
 * @param externalIdPrefix the vendor's lead-id prefix for sources that post through the API, null for our own forms
 */
public record DemoSource(String name, SourceChannel channel, PricingModel pricing, BigDecimal cost, boolean exclusive,
        AssignmentMode assignment, double share, double quality, double[] purposeMix, double firstTimeBuyerShare,
        int creditShift, double phoneShare, double emailOptIn, double smsConsent, @Nullable String externalIdPrefix,
        String captureSource, String consentText) {

    /** The source the intake API's demo key belongs to: created here if the API's demo setup has not yet. */
    public static final String DEMO_WEB_FORM = "Demo Web Form";

    private static final String LENDER = "Harbor Light Mortgage";
    private static final double[] BASE_MIX = {0.53, 0.27, 0.12, 0.08};

    private static String ownForm(String button) {
        return "By clicking \"" + button + "\", I agree that " + LENDER + " and its loan officers may call and text "
                + "me about mortgage products at the number I provided, including with automated technology and "
                + "prerecorded messages. Consent is not a condition of any purchase or loan. Message and data rates "
                + "may apply; message frequency varies. Reply STOP to opt out.";
    }

    private static String sharedForm(String marketplace) {
        return "By clicking \"Compare offers\", I give my express written consent to " + marketplace + " and up to "
                + "four of its lending partners, including " + LENDER + ", to call and text me about mortgage offers "
                + "at the number I provided, including by autodialer, prerecorded or artificial voice, even if my "
                + "number is on a do-not-call list. Consent is not required to obtain a loan. Msg & data rates may "
                + "apply. Reply STOP to cancel.";
    }

    private static String oneToOne(String vendor) {
        return "By clicking \"Get my quote\", I agree that " + vendor + " may share my information with " + LENDER
                + " and that " + LENDER + " may call and text me at the number I provided about my mortgage "
                + "inquiry, including with an autodialer or prerecorded voice. Consent is not a condition of any "
                + "purchase. Msg & data rates may apply; reply STOP to opt out.";
    }

    private static DemoSource of(String name, SourceChannel channel, PricingModel pricing, String cost,
            boolean exclusive, AssignmentMode assignment, double share, double quality, double[] mix, double ftb,
            int creditShift, double phone, double emailOptIn, double sms, @Nullable String prefix, String capture,
            String consent) {
        return new DemoSource(name, channel, pricing, new BigDecimal(cost), exclusive, assignment, share, quality, mix,
                ftb, creditShift, phone, emailOptIn, sms, prefix, capture, consent);
    }

    /** The demo lender's sources, aggregators first. */
    public static final List<DemoSource> ALL = List.of(
            of("RateTree Marketplace", SourceChannel.AGGREGATOR, PricingModel.PER_LEAD, "38.00", false,
                    AssignmentMode.ROUND_ROBIN, 0.14, 0.75, BASE_MIX, 0.40, 0, 0.95, 0.76, 0.62, "RT-",
                    "RateTree Marketplace: rate comparison form (rates.ratetree.example)",
                    sharedForm("RateTree Marketplace")),
            of("HomeQuote Direct", SourceChannel.AGGREGATOR, PricingModel.PER_LEAD, "46.00", true,
                    AssignmentMode.ROUND_ROBIN, 0.10, 1.0, BASE_MIX, 0.42, 5, 0.94, 0.74, 0.60, "HQD-",
                    "HomeQuote Direct: exclusive quote form (homequote.example)", oneToOne("HomeQuote Direct")),
            of("MortgageMatch Network", SourceChannel.AGGREGATOR, PricingModel.PER_LEAD, "24.00", false,
                    AssignmentMode.ROUND_ROBIN, 0.09, 0.65, BASE_MIX, 0.38, -10, 0.93, 0.74, 0.58, "MMN-",
                    "MortgageMatch Network: lender match form (mortgagematch.example)",
                    sharedForm("MortgageMatch Network")),
            of("LoanLeads Exchange", SourceChannel.AGGREGATOR, PricingModel.PER_LEAD, "16.00", false,
                    AssignmentMode.ROUND_ROBIN, 0.07, 0.45, BASE_MIX, 0.36, -25, 0.92, 0.72, 0.55, "LLX-",
                    "LoanLeads Exchange: co-registration offer (offers.loanleads.example)",
                    sharedForm("LoanLeads Exchange")),
            of("Google Ads: rates & refinance", SourceChannel.SEARCH, PricingModel.FLAT_MONTHLY, "24000.00", true,
                    AssignmentMode.ROUND_ROBIN, 0.12, 1.1, new double[] {0.50, 0.32, 0.12, 0.06}, 0.38, 5, 0.86, 0.70,
                    0.40, null, "harborlight.example/rates (Google Ads landing page)", ownForm("See my rates")),
            of("Microsoft Ads: home purchase", SourceChannel.SEARCH, PricingModel.FLAT_MONTHLY, "3500.00", true,
                    AssignmentMode.ROUND_ROBIN, 0.03, 1.05, new double[] {0.80, 0.10, 0.06, 0.04}, 0.45, 0, 0.85, 0.70,
                    0.38, null, "harborlight.example/buy (Microsoft Ads landing page)", ownForm("Get pre-qualified")),
            of("Facebook & Instagram: first-time buyers", SourceChannel.SOCIAL, PricingModel.FLAT_MONTHLY,
                    "9000.00", true, AssignmentMode.ROUND_ROBIN, 0.08, 0.7, new double[] {0.78, 0.10, 0.06, 0.06},
                    0.70, -10, 0.88, 0.66, 0.42, null, "Facebook lead ad form: \"Could you own instead of rent?\"",
                    ownForm("Submit")),
            of("Keystone Realty Partners", SourceChannel.REFERRAL_PARTNER, PricingModel.PER_LEAD, "0.00", true,
                    AssignmentMode.MANUAL, 0.05, 1.8, new double[] {0.95, 0.05, 0, 0}, 0.45, 10, 0.97, 0.60, 0.25,
                    null, "Keystone Realty Partners: agent referral (co-marketing page)",
                    ownForm("Introduce me to Harbor Light")),
            of("Summit Builders preferred lender", SourceChannel.REFERRAL_PARTNER, PricingModel.PER_LEAD, "0.00",
                    true, AssignmentMode.ROUND_ROBIN, 0.02, 1.6, new double[] {1, 0, 0, 0}, 0.50, 10, 0.97, 0.62, 0.22,
                    null, "Summit Builders: new-home buyer registration", ownForm("Register")),
            of("CallBridge Live Transfers", SourceChannel.LIVE_TRANSFER, PricingModel.PER_CALL, "85.00", true,
                    AssignmentMode.ROUND_ROBIN, 0.03, 1.35, new double[] {0.40, 0.35, 0.20, 0.05}, 0.35, 0, 1.0, 0.40,
                    0.90, "CB-", "CallBridge Live Transfers: qualified call (web form, then warm transfer)",
                    oneToOne("CallBridge")),
            of("DialDirect Mortgage Transfers", SourceChannel.LIVE_TRANSFER, PricingModel.PER_CALL, "110.00", true,
                    AssignmentMode.ROUND_ROBIN, 0.02, 1.5, new double[] {0.45, 0.30, 0.20, 0.05}, 0.35, 5, 1.0, 0.42,
                    0.92, "DD-", "DialDirect: qualified call (web form, then warm transfer)", oneToOne("DialDirect")),
            of("Refinance mailer (monthly drop)", SourceChannel.DIRECT_MAIL, PricingModel.FLAT_MONTHLY, "12500.00",
                    true, AssignmentMode.ROUND_ROBIN, 0.06, 0.9, new double[] {0, 0.45, 0.35, 0.20}, 0, 0, 0.90, 0.55,
                    0.20, null, "harborlight.example/offer (mailer response code)", ownForm("Check my offer")),
            of("Website: rate pages", SourceChannel.ORGANIC, PricingModel.PER_LEAD, "0.00", true,
                    AssignmentMode.ROUND_ROBIN, 0.06, 1.2, BASE_MIX, 0.40, 10, 0.85, 0.72, 0.38, null,
                    "harborlight.example/rates (organic)", ownForm("See my rates")),
            of(DEMO_WEB_FORM, SourceChannel.ORGANIC, PricingModel.PER_LEAD, "0.00", true, AssignmentMode.ROUND_ROBIN,
                    0.02, 1.0, BASE_MIX, 0.40, 0, 0.85, 0.72, 0.40, null, "Demo web form (harborlight.example/apply)",
                    ownForm("Send")),
            of("First-time buyer seminars", SourceChannel.EVENT, PricingModel.FLAT_MONTHLY, "1200.00", true,
                    AssignmentMode.ROUND_ROBIN, 0.01, 1.3, new double[] {1, 0, 0, 0}, 0.90, -5, 0.95, 0.80, 0.50,
                    null, "Homebuying 101 seminar sign-up tablet",
                    "I agree that " + LENDER + " may call or text me at the number above about homebuying and "
                            + "mortgage options, including with automated technology. Consent is not a condition "
                            + "of purchase. Msg & data rates may apply; reply STOP to opt out."));
}
