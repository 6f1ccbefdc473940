package com.porchlight.creative;

import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.LoanPurpose;
import com.porchlight.compliance.engine.ProductType;
import com.porchlight.compliance.engine.Program;
import com.porchlight.compliance.engine.RateType;
import com.porchlight.rate.RateProduct;
import java.util.List;
import java.util.Set;

/** Content that the demo advertiser's pre-check lets through, and content it blocks. */
public final class CreativeFixtures {

    public static final String FOOTER = "Harbor Light Home Loans, LLC, NMLS #1002003, 100 Main Street, Suite 200, "
            + "Sacramento, CA 95814. Equal Housing Opportunity. This is an advertisement. "
            + "To stop receiving these emails, unsubscribe here or reply STOP.";

    private CreativeFixtures() {
    }

    public static CreativeSetup texasPurchase() {
        return new CreativeSetup(Set.of("TX"), Program.CONVENTIONAL, LoanPurpose.PURCHASE, ProductType.CLOSED_END,
                RateType.FIXED, "Spring homebuyers", null, null);
    }

    /** An email without figures: nothing for Reg Z to trigger on. */
    public static CreativeContent cleanEmail() {
        return CreativeContent.empty(Channel.EMAIL)
                .with(CreativeField.SENDER_NAME, "Harbor Light Home Loans")
                .with(CreativeField.SUBJECT, "Advertisement: buying your first home this spring?")
                .with(CreativeField.PREHEADER, "Talk to a loan officer about your options")
                .with(CreativeField.BODY, "<p>Thinking about buying a home this spring? Our loan officers can walk "
                        + "you through your options and what to expect.</p>")
                .with(CreativeField.CALL_TO_ACTION, "Talk to us")
                .with(CreativeField.FOOTER, FOOTER)
                .withSetup(texasPurchase());
    }

    /** The same email quoting a 30-year fixed rate. */
    public static CreativeContent emailQuotingRate(String rate, String apr) {
        return cleanEmail().with(CreativeField.BODY, "<p>Purchase rates from " + rate + "% (" + apr
                + "% APR).</p>").withSetup(texasPurchase().withQuotedProduct(RateProduct.values()[0]));
    }

    public static CreativeContent cleanSms() {
        return CreativeContent.empty(Channel.SMS)
                .with(CreativeField.SMS_TEXT, "Harbor Light Home Loans: ready to talk about buying a home? "
                        + "Call us any time. NMLS #1002003. Reply STOP to opt out.")
                .withSetup(texasPurchase());
    }

    public static CreativeContent searchAd(List<String> headlines, List<String> descriptions) {
        return CreativeContent.empty(Channel.SEARCH_AD).with(CreativeField.HEADLINE, headlines)
                .with(CreativeField.DESCRIPTION, descriptions).withSetup(texasPurchase());
    }
}
