package com.porchlight.creative.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.KaribuTest;
import com.porchlight.creative.CreativeFilter;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.CreativeStatus;
import com.porchlight.creative.CreativeSummary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo profile's creatives: one at every step of the workflow, all made through the service. */
class DemoCreativesTest extends KaribuTest {

    @Autowired
    CreativeService creatives;

    @Test
    void the_demo_covers_every_step_of_the_workflow_with_an_intact_audit_chain() {
        authenticateAs(COMPLIANCE);
        List<CreativeSummary> all = creatives.page(CreativeFilter.all().withOwner(MARKETER), 0, 500);
        assertThat(all).extracting(CreativeSummary::status).contains(CreativeStatus.DRAFT, CreativeStatus.SUBMITTED,
                CreativeStatus.IN_REVIEW, CreativeStatus.CHANGES_REQUESTED, CreativeStatus.COMPLIANCE_APPROVED,
                CreativeStatus.APPROVED, CreativeStatus.LIVE, CreativeStatus.RETIRED);
        assertThat(all).filteredOn(s -> s.name().startsWith("Jumbo rate flyer")).singleElement()
                .satisfies(s -> assertThat(s.stale()).isTrue());
        CreativeSummary inReview = all.stream().filter(s -> s.status() == CreativeStatus.IN_REVIEW).findFirst()
                .orElseThrow();
        assertThat(inReview.claimedBy()).isEqualTo(COMPLIANCE);
        assertThat(creatives.verifyChain().intact()).isTrue();
    }
}
