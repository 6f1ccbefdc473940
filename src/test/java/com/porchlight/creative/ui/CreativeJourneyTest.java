package com.porchlight.creative.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.porchlight.KaribuTest;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.creative.AuditRecord;
import com.porchlight.creative.ChecklistAnswer;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.CreativeStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole journey through the screens, with three different people: a marketer writes an SMS and an email and
 * submits them; a compliance officer finds them in the review queue, requests a change on one passage, then approves
 * the new version with the checklist; the CMO approves the email; the marketer takes it live.
 */
class CreativeJourneyTest extends KaribuTest {

    static final String SMS = "Harbor Light Home Loans: ready to talk about buying a home? Call us any time. "
            + "NMLS #1002003. Reply STOP to opt out.";

    @Autowired
    CreativeService creatives;

    private static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    private CreativeView creativeScreen() {
        return (CreativeView) UI.getCurrent().getCurrentView();
    }

    private void tab(int index) {
        _get(TabSheet.class).setSelectedIndex(index);
    }

    private long newCreative(String name, Channel channel) {
        UI.getCurrent().navigate("creatives");
        click("New creative");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        _setValue(_get(Select.class, spec -> spec.withLabel("Channel")), channel);
        click("Create and edit");
        return creativeScreen().detail().id();
    }

    private void openFromQueue(String name) {
        UI.getCurrent().navigate("reviews");
        Grid<?> grid = _get(Grid.class);
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).toString().contains(name)) {
                GridKt._clickItem(grid, i);
                return;
            }
        }
        throw new AssertionError(name + " is not in the review queue");
    }

    private void answerChecklistYes() {
        ReviewPanel panel = _get(ReviewPanel.class);
        panel.answers.values().forEach(g -> _setValue(g, ChecklistAnswer.Answer.YES));
    }

    @Test
    void a_marketer_a_compliance_officer_and_the_cmo_take_an_email_live_each_through_their_own_screens() {
        String name = "Journey email " + System.nanoTime();
        login(MARKETER);
        long id = newCreative(name, Channel.EMAIL);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sender name")), "Harbor Light Home Loans");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Subject")),
                "Advertisement: buying your first home this spring?");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Body")),
                "<p>Our loan officers can walk you through your options and what to expect.</p>");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Footer")), "Harbor Light Home Loans, LLC, NMLS "
                + "#1002003, 100 Main Street, Suite 200, Sacramento, CA 95814. Equal Housing Opportunity. This is an "
                + "advertisement. To stop receiving these emails, unsubscribe here or reply STOP.");
        click("Save");
        click("Submit for review");
        assertThat(creativeScreen().detail().status()).isEqualTo(CreativeStatus.SUBMITTED);
        String firstHash = creativeScreen().detail().hash();

        login(COMPLIANCE);
        openFromQueue(name);
        assertThat(creativeScreen().detail().id()).isEqualTo(id);
        tab(2);
        click("Claim for review");
        ReviewPanel panel = _get(ReviewPanel.class);
        _setValue(panel.passageField, panel.passageField.getListDataView().getItems()
                .filter(t -> t.label().startsWith("Body")).findFirst().orElseThrow());
        _setValue(_get(panel, TextArea.class, spec -> spec.withLabel("Passage")), "what to expect");
        _setValue(_get(panel, TextArea.class, spec -> spec.withLabel("Comment on the passage")),
                "Say what the consultation costs (nothing) so this is not a bait offer.");
        click("Add passage comment");
        click("Request changes (1 comment)");
        assertThat(creativeScreen().detail().status()).isEqualTo(CreativeStatus.CHANGES_REQUESTED);

        login(MARKETER);
        UI.getCurrent().navigate("creatives/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Body")), "<p>Our loan officers can walk you "
                + "through your options and what to expect, at no cost to you.</p>");
        click("Save");
        click("Submit for review");
        CreativeDetail resubmitted = creativeScreen().detail();
        assertThat(resubmitted.status()).isEqualTo(CreativeStatus.SUBMITTED);
        assertThat(resubmitted.hash()).isNotEqualTo(firstHash);

        login(COMPLIANCE);
        openFromQueue(name);
        tab(2);
        click("Claim for review");
        answerChecklistYes();
        click("Approve");
        assertThat(creativeScreen().detail().status()).isEqualTo(CreativeStatus.COMPLIANCE_APPROVED);

        login(CMO);
        UI.getCurrent().navigate("reviews");
        openFromQueue(name);
        tab(2);
        click("Approve as CMO");
        assertThat(creativeScreen().detail().status()).isEqualTo(CreativeStatus.APPROVED);

        login(MARKETER);
        UI.getCurrent().navigate("creatives/" + id);
        click("Go live");
        assertThat(creativeScreen().detail().status()).isEqualTo(CreativeStatus.LIVE);

        authenticateAs(COMPLIANCE);
        List<AuditRecord> trail = creatives.audit(id);
        assertThat(trail).extracting(AuditRecord::event).containsSubsequence("SUBMITTED", "CLAIMED", "COMMENTED",
                "CHANGES_REQUESTED", "EDITED", "SUBMITTED", "CLAIMED", "COMPLIANCE_APPROVED", "CMO_APPROVED",
                "APPROVED", "WENT_LIVE");
        assertThat(trail).filteredOn(r -> r.event().equals("APPROVED")).singleElement()
                .satisfies(r -> assertThat(r.contentHash()).isEqualTo(resubmitted.hash()));
        assertThat(trail).filteredOn(r -> r.event().endsWith("APPROVED")).extracting(AuditRecord::actor)
                .containsExactly(COMPLIANCE, CMO, "system");
        assertThat(creatives.comments(id, null)).singleElement()
                .satisfies(c -> assertThat(c.quote()).isEqualTo("what to expect"));
        assertThat(creatives.verifyChain().intact()).isTrue();
    }

    @Test
    void an_sms_needs_only_the_compliance_officer_and_the_admin_sees_no_approval_buttons() {
        String name = "Journey text " + System.nanoTime();
        login(MARKETER);
        long id = newCreative(name, Channel.SMS);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Message")), SMS);
        click("Save");
        click("Submit for review");

        login(ADMIN);
        UI.getCurrent().navigate("creatives/" + id);
        tab(2);
        assertThat(_find(Button.class, spec -> spec.withText("Claim for review"))).allMatch(b -> !b.isVisible()
                || !b.isEnabled());
        assertThat(_find(Button.class, spec -> spec.withText("Approve"))).allMatch(b -> !b.isVisible() || !b.isEnabled());

        login(COMPLIANCE);
        openFromQueue(name);
        tab(2);
        click("Claim for review");
        answerChecklistYes();
        click("Approve");
        assertThat(creativeScreen().detail().status()).isEqualTo(CreativeStatus.APPROVED);
    }
}
