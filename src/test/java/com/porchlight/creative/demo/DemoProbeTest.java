package com.porchlight.creative.demo;

import com.porchlight.KaribuTest;
import com.porchlight.creative.CreativeContent;
import com.porchlight.creative.CreativeService;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.creative.CreativeField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoProbeTest extends KaribuTest {
    @Autowired
    CreativeService creatives;

    @Test
    void probe() {
        authenticateAs(MARKETER);
        List<CreativeContent> all = List.of(DemoCreativeContent.firstTimeBuyerEmail(), DemoCreativeContent.winterRefiEmail(),
                DemoCreativeContent.summerPromoEmail(), DemoCreativeContent.refiSms(), DemoCreativeContent.purchaseSearchAd(),
                DemoCreativeContent.vaSocialAd(), DemoCreativeContent.moveUpLandingPage(), DemoCreativeContent.openHouseBanner(),
                DemoCreativeContent.seminarPostcard(), DemoCreativeContent.jumboFlyer(new BigDecimal("6.875"), new BigDecimal("6.951")),
                CreativeContent.empty(Channel.SMS).with(CreativeField.SMS_TEXT, "Refinance now at 5.25%! Call Harbor Light Home Loans."));
        for (CreativeContent c : all) {
            System.out.println("PROBE " + c.channel() + " " + creatives.contentProblems(c));
            creatives.check(c).findings().forEach(f -> System.out.println("PROBE   " + f.severity() + " " + f.ruleId() + " "
                    + f.part() + "#" + f.partIndex() + " [" + f.start() + "," + f.end() + "] " + f.message() + " || " + f.suggestion()));
        }
    }
}
