package com.porchlight.creative;

import static com.porchlight.compliance.engine.Channel.CO_MARKETING;
import static com.porchlight.compliance.engine.Channel.DISPLAY_AD;
import static com.porchlight.compliance.engine.Channel.EMAIL;
import static com.porchlight.compliance.engine.Channel.LANDING_PAGE;
import static com.porchlight.compliance.engine.Channel.PRINT;
import static com.porchlight.compliance.engine.Channel.SEARCH_AD;
import static com.porchlight.compliance.engine.Channel.SMS;
import static com.porchlight.compliance.engine.Channel.SOCIAL_AD;

import com.porchlight.compliance.engine.Channel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a reviewer must still judge by hand: section 14 of the compliance catalog, each item with the channels it
 * applies to. Numbers are the catalog's, so an examiner can look them up.
 */
public final class ReviewChecklist {

    /** One question for the reviewer. */
    public record Item(int number, String title, String question, Set<Channel> channels) {
    }

    private static final Set<Channel> ALL = EnumSet.allOf(Channel.class);
    private static final Set<Channel> VISUAL = EnumSet.of(EMAIL, DISPLAY_AD, SOCIAL_AD, PRINT, CO_MARKETING,
            LANDING_PAGE);
    private static final Set<Channel> PAID_DIGITAL = EnumSet.of(SEARCH_AD, SOCIAL_AD, DISPLAY_AD);

    static final List<Item> ITEMS = List.of(
            new Item(1, "Truth of the terms", "Were the rate, APR, fees, points, LTV and assumptions actually "
                    + "available on the ad date (rate sheet, APR computation and pricing assumptions checked)?", ALL),
            new Item(2, "Net impression", "Taken as a whole (images, layout, tone, juxtaposition), is the creative "
                    + "free of anything likely to mislead a reasonable consumer?", ALL),
            new Item(3, "Clear and conspicuous", "Are required disclosures clear and conspicuous, with equal "
                    + "prominence and close proximity where the rules require it (type size, contrast, placement)?",
                    VISUAL),
            new Item(4, "Readily determinable triggers", "Are all down payments, payments and finance charges a "
                    + "consumer could compute from combined facts (a price plus a percentage, a balance plus "
                    + "installments) disclosed with their required terms?", ALL),
            new Item(5, "Credit sale versus loan", "If a down payment is mentioned, is it clear whether builder or "
                    + "seller financing is involved, and has the conservative reading been applied?",
                    EnumSet.of(PRINT, CO_MARKETING, LANDING_PAGE, DISPLAY_AD, SOCIAL_AD)),
            new Item(6, "Comparison and savings claims", "Is every comparison or savings claim based on a real "
                    + "baseline, full-term rates or payments, and substantiated?", ALL),
            new Item(7, "Government-affiliation look and feel", "Is the creative free of seals, eagles, flags, "
                    + "notice formats and form numbers that suggest a government affiliation?", VISUAL),
            new Item(8, "Fair-lending imagery and targeting", "Are images, language, neighbourhood descriptors, "
                    + "list selection, geography and platform targeting free of protected-class preferences or "
                    + "proxies?", ALL),
            new Item(9, "RESPA Section 8 economics", "Is the cost split pro rata at fair market value, with nothing "
                    + "of value flowing to a referral source (cost-split record checked)?", EnumSet.of(CO_MARKETING)),
            new Item(10, "Licensing scope", "Are the advertiser and each named loan officer licensed in every state "
                    + "the creative is disseminated in, with the right state legends and licence numbers?", ALL),
            new Item(11, "Consent sufficiency", "Does the audience's consent meet PEWC and state-law standards, "
                    + "with revocations from every channel honoured and the right quiet hours applied?",
                    EnumSet.of(SMS, EMAIL)),
            new Item(12, "Advertisement versus 1:1 communication", "Is the message correctly treated as a mass "
                    + "advertisement (not a negotiation of a specific transaction), with CAN-SPAM primary purpose "
                    + "settled for mixed messages?", EnumSet.of(SMS, EMAIL)),
            new Item(13, "Platform category and audiences", "Is the platform's special ad category (housing or "
                    + "financial products) chosen, and are custom audiences free of protected-class proxies?",
                    PAID_DIGITAL),
            new Item(14, "Substantiation", "Are \"lowest\", \"best\", \"fastest closing\", \"#1\", testimonials "
                    + "and reviews substantiated and typical?", ALL),
            new Item(15, "Foreign-language ads", "If any part is in another language, is the translation accurate "
                    + "and complete, disclosures included?", ALL));

    private ReviewChecklist() {
    }

    /** The items a reviewer answers for a creative of this channel, in catalog order. */
    public static List<Item> forChannel(Channel channel) {
        return ITEMS.stream().filter(i -> i.channels().contains(channel)).toList();
    }
}
