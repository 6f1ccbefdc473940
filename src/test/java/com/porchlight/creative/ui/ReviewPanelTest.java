package com.porchlight.creative.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.creative.ChecklistAnswer;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeField;
import com.porchlight.creative.CreativeStatus;
import com.porchlight.creative.ReviewComment;
import com.porchlight.creative.ReviewDecision;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review panel as compliance officers, CMOs and administrators use it. */
class ReviewPanelTest extends ReviewTestSupport {

    private int changes;

    private ReviewPanel panel(long id) {
        var panel = new ReviewPanel(creatives, () -> changes++);
        UI.getCurrent().add(panel);
        panel.show(creatives.get(id));
        return panel;
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    @Test
    void a_compliance_officer_claims_a_submission_and_hands_it_back() {
        CreativeDetail s = submitted(unique("Claim me"), cleanEmail());
        login(COMPLIANCE);
        panel(s.id());
        assertThat(button("Hand back").isEnabled()).isFalse();
        _click(button("Claim for review"));
        CreativeDetail claimed = creatives.get(s.id());
        assertThat(claimed.status()).isEqualTo(CreativeStatus.IN_REVIEW);
        assertThat(claimed.summary().claimedBy()).isEqualTo(COMPLIANCE);
        assertThat(changes).isEqualTo(1);
        assertThat(button("Claim for review").isEnabled()).isFalse();
        _click(button("Hand back"));
        assertThat(creatives.get(s.id()).status()).isEqualTo(CreativeStatus.SUBMITTED);
    }

    @Test
    void the_override_dialog_asks_for_a_twenty_character_justification_and_records_it_on_a_draft() {
        CreativeDetail d = drafted(unique("Needs override"), emailWithoutNmls());
        int blocks = blocking(d).size();
        login(COMPLIANCE);
        ReviewPanel panel = panel(d.id());
        assertThat(_find(Button.class, spec -> spec.withText("Override…"))).hasSize(blocks);
        _click(_find(Button.class, spec -> spec.withText("Override…")).getFirst());
        TextArea justification = _get(TextArea.class, spec -> spec.withLabel("Justification"));
        _setValue(justification, "it is fine");
        _click(button("Record override"));
        assertThat(justification.isInvalid()).isTrue();
        assertThat(justification.getErrorMessage()).contains("at least 20 characters");
        assertThat(creatives.overrides(d.id(), null)).isEmpty();

        _setValue(justification, "The NMLS ID is printed on the envelope of this mailing.");
        _click(button("Record override"));
        assertThat(creatives.overrides(d.id(), null)).singleElement()
                .satisfies(o -> assertThat(o.justification()).startsWith("The NMLS ID is printed"));
        assertThat(_find(Button.class, spec -> spec.withText("Override…"))).hasSize(blocks - 1);
        assertThat(panel.getElement().getTextRecursively()).contains("Overridden by " + COMPLIANCE);
    }

    @Test
    void the_author_of_a_creative_cannot_override_its_findings() {
        String both = createUser("author.officer", "Ari Both", "author-officer-pass", Roles.MARKETER,
                Roles.COMPLIANCE);
        authenticateAs(both);
        CreativeDetail created = creatives.create(unique("Own work"), emailWithoutNmls().channel());
        creatives.saveDraft(created.id(), created.summary().version(), emailWithoutNmls());
        logout();
        login(both);
        panel(created.id());
        Button override = _find(Button.class, spec -> spec.withText("Override…")).getFirst();
        assertThat(override.isEnabled()).isFalse();
        assertThat(override.getTooltip().getText()).contains("authored or edited");
    }

    @Test
    void approving_needs_every_checklist_item_answered() {
        CreativeDetail s = claimed(submitted(unique("Checklist"), cleanEmail()));
        login(COMPLIANCE);
        ReviewPanel panel = panel(s.id());
        assertThat(panel.answers).hasSameSizeAs(com.porchlight.creative.ReviewChecklist.forChannel(
                s.summary().channel()));
        _click(button("Approve"));
        assertThat(notifications()).contains("Answer every checklist item");
        assertThat(creatives.get(s.id()).status()).isEqualTo(CreativeStatus.IN_REVIEW);

        panel.answers.values().forEach(g -> _setValue(g, ChecklistAnswer.Answer.YES));
        var first = panel.answers.keySet().iterator().next();
        _setValue(panel.answers.get(first), ChecklistAnswer.Answer.NOT_APPLICABLE);
        _setValue(panel.notes.get(first), "Brand email with no rate terms at all");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Approval note")), "Checked with the rate desk");
        _click(button("Approve"));
        CreativeDetail approved = creatives.get(s.id());
        assertThat(approved.status()).isEqualTo(CreativeStatus.COMPLIANCE_APPROVED);
        ReviewDecision decision = creatives.reviews(s.id()).getLast();
        assertThat(decision.note()).isEqualTo("Checked with the rate desk");
        assertThat(decision.checklist().get(first).answer()).isEqualTo(ChecklistAnswer.Answer.NOT_APPLICABLE);
        assertThat(decision.checklist().get(first).note()).isEqualTo("Brand email with no rate terms at all");
    }

    @Test
    void changes_are_requested_with_comments_on_a_finding_a_passage_and_the_whole() {
        CreativeDetail s = claimed(submittedWithOverrides(unique("Change me")));
        login(COMPLIANCE);
        ReviewPanel panel = panel(s.id());

        _click(_find(Button.class, spec -> spec.withText("Comment on this finding")).getFirst());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What should change")), "Print the NMLS ID here too.");
        _click(button("Add to change request"));

        _setValue(panel.passageField, panel.passageField.getListDataView().getItems()
                .filter(t -> t.field() == CreativeField.SUBJECT).findFirst().orElseThrow());
        _setValue(panel.passage, "not in the subject at all");
        _setValue(panel.passageComment, "Say what you mean.");
        _click(button("Add passage comment"));
        assertThat(panel.passage.isInvalid()).isTrue();
        assertThat(panel.passage.getErrorMessage()).contains("is not in Subject");

        _setValue(panel.passage, "first home");
        _click(button("Add passage comment"));
        assertThat(panel.passage.isInvalid()).isFalse();
        _setValue(panel.generalComment, "Please also shorten the preheader.");
        _click(button("Add general comment"));
        assertThat(panel.pending).hasSize(3);

        _click(button("Request changes (3 comments)"));
        assertThat(creatives.get(s.id()).status()).isEqualTo(CreativeStatus.CHANGES_REQUESTED);
        List<ReviewComment> comments = creatives.comments(s.id(), null);
        assertThat(comments).hasSize(3);
        assertThat(comments).anySatisfy(c -> assertThat(c.ruleId()).isNotNull());
        String subject = s.current().content().text(CreativeField.SUBJECT);
        assertThat(comments).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo(CreativeField.SUBJECT);
            assertThat(c.quote()).isEqualTo("first home");
            assertThat(c.start()).isEqualTo(subject.indexOf("first home"));
        });
        assertThat(comments).anySatisfy(c -> assertThat(c.body()).isEqualTo("Please also shorten the preheader."));
    }

    @Test
    void a_cmo_sees_the_compliance_approval_and_approves() {
        CreativeDetail a = complianceApproved(submitted(unique("CMO approves"), cleanEmail()));
        login(CMO);
        String text = panel(a.id()).getElement().getTextRecursively();
        assertThat(text).contains("Compliance approved by " + COMPLIANCE).contains("Truth of the terms");
        assertThat(_find(Button.class, spec -> spec.withText("Claim for review"))).isEmpty();
        _click(button("Approve as CMO"));
        assertThat(creatives.get(a.id()).status()).isEqualTo(CreativeStatus.APPROVED);
    }

    @Test
    void a_cmo_rejects_only_with_a_reason() {
        CreativeDetail a = complianceApproved(submitted(unique("CMO rejects"), cleanEmail()));
        login(CMO);
        panel(a.id());
        _click(button("Reject"));
        assertThat(notifications()).contains("Say why it is rejected");
        assertThat(creatives.get(a.id()).status()).isEqualTo(CreativeStatus.COMPLIANCE_APPROVED);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Note or reason")), "Off-brand tone for spring.");
        _click(button("Reject"));
        assertThat(creatives.get(a.id()).status()).isEqualTo(CreativeStatus.CHANGES_REQUESTED);
        assertThat(creatives.comments(a.id(), null)).extracting(ReviewComment::body)
                .contains("Off-brand tone for spring.");
    }

    @Test
    void the_compliance_approver_holding_the_cmo_role_may_not_give_the_cmo_approval() {
        String both = createUser("two.approvals", "Sam Both", "two-approvals-pass", Roles.COMPLIANCE, Roles.CMO);
        CreativeDetail s = submitted(unique("Same person"), cleanEmail());
        authenticateAs(both);
        creatives.claim(s.id());
        creatives.approveCompliance(s.id(), s.hash(), allYes(s.summary().channel()), null);
        logout();
        login(both);
        panel(s.id());
        Button approve = button("Approve as CMO");
        assertThat(approve.isEnabled()).isFalse();
        assertThat(approve.getTooltip().getText()).contains("You gave the compliance approval");
    }

    @Test
    void an_administrator_sees_the_record_but_no_approval_buttons() {
        CreativeDetail a = complianceApproved(submitted(unique("Admin looks"), cleanEmail()));
        login(ADMIN);
        ReviewPanel panel = panel(a.id());
        for (String text : List.of("Claim for review", "Approve", "Approve as CMO", "Reject", "Request changes")) {
            assertThat(_find(Button.class, spec -> spec.withText(text))).as(text).isEmpty();
        }
        assertThat(panel.getElement().getTextRecursively()).contains("Compliance approved")
                .contains("Only compliance officers and CMOs");
    }

    @Test
    void anyone_reading_it_can_add_to_the_comment_thread() {
        CreativeDetail s = submitted(unique("Thread"), cleanEmail());
        login(MARKETER);
        panel(s.id());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Add a comment")), "The legal team saw this too.");
        _click(button("Post comment"));
        assertThat(creatives.comments(s.id(), null)).extracting(ReviewComment::author).containsExactly(MARKETER);
        assertThat(_find(Div.class, spec -> spec.withClasses("pl-rv-comment"))).hasSize(1);
    }
}
