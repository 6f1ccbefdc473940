package com.porchlight.creative;

import static com.porchlight.creative.CreativeFixtures.cleanEmail;
import static com.porchlight.creative.CreativeFixtures.cleanSms;
import static com.porchlight.creative.CreativeFixtures.emailQuotingRate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.KaribuTest;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.Severity;
import com.porchlight.rate.MarketRate;
import com.porchlight.rate.MarketRateService;
import com.porchlight.rate.RateEntry;
import com.porchlight.rate.RateProduct;
import com.porchlight.security.Roles;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Every transition of the workflow, and every forbidden one, through the service as the users would call it. */
class CreativeWorkflowTest extends KaribuTest {

    @Autowired
    CreativeService creatives;
    @Autowired
    MarketRateService rates;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        logout();
    }

    static Map<Integer, ChecklistAnswer> allYes(Channel channel) {
        Map<Integer, ChecklistAnswer> answers = new HashMap<>();
        for (ReviewChecklist.Item item : ReviewChecklist.forChannel(channel)) {
            answers.put(item.number(), new ChecklistAnswer(ChecklistAnswer.Answer.YES, null));
        }
        return answers;
    }

    private CreativeDetail drafted(String author, CreativeContent content) {
        authenticateAs(author);
        CreativeDetail created = creatives.create("Spring email " + System.nanoTime(), content.channel());
        CreativeDetail saved = creatives.saveDraft(created.id(), created.summary().version(), content);
        logout();
        return saved;
    }

    private CreativeDetail submitted(String author, CreativeContent content) {
        CreativeDetail d = drafted(author, content);
        authenticateAs(author);
        CreativeDetail s = creatives.submit(d.id(), d.summary().version());
        logout();
        return s;
    }

    private CreativeDetail complianceApproved(String author, CreativeContent content, String reviewer) {
        CreativeDetail s = submitted(author, content);
        authenticateAs(reviewer);
        creatives.claim(s.id());
        CreativeDetail approved = creatives.approveCompliance(s.id(), s.hash(), allYes(content.channel()), "ok");
        logout();
        return approved;
    }

    private List<String> events(long id) {
        authenticateAs(COMPLIANCE);
        List<String> out = creatives.audit(id).stream().map(AuditRecord::event).toList();
        logout();
        return out;
    }

    @Test
    void an_email_goes_from_draft_through_compliance_and_the_cmo_to_live() {
        CreativeDetail draft = drafted(MARKETER, cleanEmail());
        assertThat(draft.status()).isEqualTo(CreativeStatus.DRAFT);
        assertThat(draft.current().versionNo()).isEqualTo(2);
        assertThat(draft.hash()).hasSize(64).isEqualTo(CreativeHash.of(draft.current().content(), null));

        authenticateAs(MARKETER);
        CreativeDetail submitted = creatives.submit(draft.id(), draft.summary().version());
        assertThat(submitted.status()).isEqualTo(CreativeStatus.SUBMITTED);
        assertThat(creatives.submittedCheck(draft.id())).get().extracting(SubmittedCheck::contentHash)
                .isEqualTo(draft.hash());
        logout();

        authenticateAs(COMPLIANCE);
        assertThat(creatives.claim(draft.id()).status()).isEqualTo(CreativeStatus.IN_REVIEW);
        CreativeDetail compliance = creatives.approveCompliance(draft.id(), draft.hash(), allYes(Channel.EMAIL),
                "Terms checked against today's rate sheet");
        assertThat(compliance.status()).isEqualTo(CreativeStatus.COMPLIANCE_APPROVED);
        assertThat(compliance.cmoRequired()).isTrue();
        logout();

        authenticateAs(CMO);
        CreativeDetail approved = creatives.approveCmo(draft.id(), draft.hash(), null);
        assertThat(approved.status()).isEqualTo(CreativeStatus.APPROVED);
        logout();

        authenticateAs(MARKETER);
        assertThat(creatives.goLive(draft.id(), draft.hash()).status()).isEqualTo(CreativeStatus.LIVE);
        logout();

        assertThat(events(draft.id())).containsExactly("CREATED", "EDITED", "SUBMITTED", "CLAIMED",
                "COMPLIANCE_APPROVED", "CMO_APPROVED", "APPROVED", "WENT_LIVE");
        authenticateAs(COMPLIANCE);
        List<ReviewDecision> reviews = creatives.reviews(draft.id());
        assertThat(reviews).extracting(ReviewDecision::reviewer).containsExactly(COMPLIANCE, CMO);
        assertThat(reviews).allMatch(r -> r.contentHash().equals(draft.hash()));
        assertThat(reviews.getFirst().checklist()).hasSize(ReviewChecklist.forChannel(Channel.EMAIL).size());
        assertThat(creatives.examinerRecord(draft.id()).approvedVersion()).get()
                .extracting(CreativeVersion::hash).isEqualTo(draft.hash());
        assertThat(creatives.verifyChain().intact()).isTrue();
    }

    @Test
    void an_sms_needs_no_cmo_and_is_approved_by_compliance_alone() {
        CreativeDetail approved = complianceApproved(MARKETER, cleanSms(), COMPLIANCE);
        assertThat(approved.status()).isEqualTo(CreativeStatus.APPROVED);
        assertThat(events(approved.id())).endsWith("COMPLIANCE_APPROVED", "APPROVED");
    }

    @Test
    void nobody_reviews_or_approves_a_creative_they_edited() {
        String both = createUser("mc", "Marketer and compliance", "mc-password-123", Roles.MARKETER, Roles.COMPLIANCE);
        CreativeDetail s = submitted(both, cleanEmail());
        authenticateAs(both);
        assertThatThrownBy(() -> creatives.claim(s.id())).isInstanceOf(CreativeException.class)
                .hasMessageContaining("authored or edited this creative");
        logout();
        // A compliance officer who edits a later version is an editor too.
        authenticateAs(COMPLIANCE);
        creatives.claim(s.id());
        creatives.requestChanges(s.id(), s.hash(), List.of(CommentDraft.general("Add the APR next to the rate.")));
        logout();
        authenticateAs(both);
        CreativeDetail reopened = creatives.get(s.id());
        CreativeDetail edited = creatives.saveDraft(s.id(), reopened.summary().version(),
                reopened.current().content().with(CreativeField.CALL_TO_ACTION, "Call us today"));
        creatives.submit(s.id(), edited.summary().version());
        assertThatThrownBy(() -> creatives.claim(s.id())).hasMessageContaining("someone else must review");
    }

    @Test
    void the_cmo_approval_must_come_from_someone_other_than_the_compliance_approver() {
        String both = createUser("cc", "Compliance and CMO", "cc-password-123", Roles.COMPLIANCE, Roles.CMO);
        CreativeDetail approved = complianceApproved(MARKETER, cleanEmail(), both);
        authenticateAs(both);
        assertThatThrownBy(() -> creatives.approveCmo(approved.id(), approved.hash(), null))
                .isInstanceOf(CreativeException.class).hasMessageContaining("different person");
        logout();
        authenticateAs(CMO);
        assertThat(creatives.approveCmo(approved.id(), approved.hash(), null).status())
                .isEqualTo(CreativeStatus.APPROVED);
    }

    @Test
    void an_administrator_has_no_approval_power() {
        CreativeDetail s = submitted(MARKETER, cleanEmail());
        authenticateAs(ADMIN);
        assertThatThrownBy(() -> creatives.claim(s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> creatives.approveCompliance(s.id(), s.hash(), allYes(Channel.EMAIL), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> creatives.approveCmo(s.id(), s.hash(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> creatives.goLive(s.id(), s.hash())).isInstanceOf(AccessDeniedException.class);
        // … and a loan officer cannot even read creatives.
        logout();
        authenticateAs(LOAN_OFFICER);
        assertThatThrownBy(() -> creatives.get(s.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void no_step_can_be_skipped() {
        CreativeDetail d = drafted(MARKETER, cleanEmail());
        authenticateAs(CMO);
        assertThatThrownBy(() -> creatives.approveCmo(d.id(), d.hash(), null)).hasMessageContaining("only after compliance");
        logout();
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> creatives.goLive(d.id(), d.hash())).hasMessageContaining("Only an approved creative");
        logout();
        authenticateAs(COMPLIANCE);
        assertThatThrownBy(() -> creatives.claim(d.id())).hasMessageContaining("Only a submitted creative");
        assertThatThrownBy(() -> creatives.approveCompliance(d.id(), d.hash(), allYes(Channel.EMAIL), null))
                .hasMessageContaining("Claim the creative");
        logout();

        CreativeDetail s = submitted(MARKETER, cleanEmail());
        authenticateAs(COMPLIANCE);
        assertThatThrownBy(() -> creatives.approveCompliance(s.id(), s.hash(), allYes(Channel.EMAIL), null))
                .hasMessageContaining("Claim the creative");
        creatives.claim(s.id());
        Map<Integer, ChecklistAnswer> incomplete = allYes(Channel.EMAIL);
        incomplete.remove(2);
        assertThatThrownBy(() -> creatives.approveCompliance(s.id(), s.hash(), incomplete, null))
                .hasMessageContaining("Answer every checklist item").hasMessageContaining("2 (Net impression)");
        Map<Integer, ChecklistAnswer> no = allYes(Channel.EMAIL);
        no.put(3, new ChecklistAnswer(ChecklistAnswer.Answer.NO, "footer too small"));
        assertThatThrownBy(() -> creatives.approveCompliance(s.id(), s.hash(), no, null))
                .hasMessageContaining("request changes instead");
        logout();
        // Another compliance officer cannot decide on a review someone else claimed.
        String second = createUser("co2", "Second compliance", "co2-password-123", Roles.COMPLIANCE);
        authenticateAs(second);
        assertThatThrownBy(() -> creatives.approveCompliance(s.id(), s.hash(), allYes(Channel.EMAIL), null))
                .hasMessageContaining("only they can decide");
        logout();
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> creatives.goLive(s.id(), s.hash())).hasMessageContaining("Only an approved creative");
        assertThat(creatives.get(s.id()).status()).isEqualTo(CreativeStatus.IN_REVIEW);
    }

    @Test
    void an_edit_after_submission_makes_a_new_version_restarts_the_workflow_and_voids_the_old_hash() {
        CreativeDetail s = submitted(MARKETER, cleanEmail());
        authenticateAs(COMPLIANCE);
        creatives.claim(s.id());
        logout();

        authenticateAs(MARKETER);
        CreativeDetail current = creatives.get(s.id());
        CreativeDetail edited = creatives.saveDraft(s.id(), current.summary().version(),
                current.current().content().with(CreativeField.SUBJECT, "Advertisement: spring is here"));
        assertThat(edited.status()).isEqualTo(CreativeStatus.DRAFT);
        assertThat(edited.current().versionNo()).isEqualTo(s.current().versionNo() + 1);
        assertThat(edited.hash()).isNotEqualTo(s.hash());
        assertThat(edited.summary().claimedBy()).isNull();
        // Saving the same content again makes no new version.
        CreativeDetail same = creatives.saveDraft(s.id(), edited.summary().version(), edited.current().content());
        assertThat(same.current().versionNo()).isEqualTo(edited.current().versionNo());
        creatives.submit(s.id(), same.summary().version());
        logout();

        authenticateAs(COMPLIANCE);
        creatives.claim(s.id());
        assertThatThrownBy(() -> creatives.approveCompliance(s.id(), s.hash(), allYes(Channel.EMAIL), null))
                .hasMessageContaining("content that has changed");
        creatives.approveCompliance(s.id(), edited.hash(), allYes(Channel.EMAIL), null);
        logout();
        authenticateAs(CMO);
        assertThatThrownBy(() -> creatives.approveCmo(s.id(), s.hash(), null)).hasMessageContaining("content that has changed");
        assertThat(creatives.approveCmo(s.id(), edited.hash(), null).status()).isEqualTo(CreativeStatus.APPROVED);
        logout();
        assertThat(events(s.id())).contains("EDITED").filteredOn("CLAIMED"::equals).hasSize(2);
        authenticateAs(MARKETER);
        List<ContentDiff.FieldDiff> diff = creatives.diff(s.id(), s.current().versionNo(), edited.current().versionNo());
        assertThat(diff).filteredOn(ContentDiff.FieldDiff::changed).extracting(ContentDiff.FieldDiff::label)
                .containsExactly("Subject");
    }

    @Test
    void a_live_creative_cannot_be_edited_only_duplicated() {
        CreativeDetail approved = complianceApproved(MARKETER, cleanSms(), COMPLIANCE);
        authenticateAs(MARKETER);
        CreativeDetail live = creatives.goLive(approved.id(), approved.hash());
        assertThatThrownBy(() -> creatives.saveDraft(live.id(), live.summary().version(),
                live.current().content().with(CreativeField.SMS_TEXT, "changed"))).hasMessageContaining("Duplicate it");
        CreativeDetail copy = creatives.duplicate(live.id());
        assertThat(copy.status()).isEqualTo(CreativeStatus.DRAFT);
        assertThat(copy.current().content().values()).isEqualTo(live.current().content().values());
        assertThat(creatives.get(live.id()).status()).isEqualTo(CreativeStatus.LIVE);
    }

    @Test
    void a_creative_with_block_findings_is_submitted_only_after_compliance_overrides_each_with_a_justification() {
        CreativeContent noNmls = cleanEmail().with(CreativeField.FOOTER, "Harbor Light Home Loans, LLC, 100 Main "
                + "Street, Suite 200, Sacramento, CA 95814. Equal Housing Opportunity. This is an advertisement. "
                + "To stop receiving these emails, unsubscribe here.");
        CreativeDetail d = drafted(MARKETER, noNmls);
        authenticateAs(MARKETER);
        List<Finding> blocks = creatives.check(noNmls).findings().stream()
                .filter(f -> f.severity() == Severity.BLOCK).toList();
        assertThat(blocks).isNotEmpty();
        assertThatThrownBy(() -> creatives.submit(d.id(), d.summary().version())).isInstanceOf(CreativeException.class)
                .hasMessageContaining("Blocking finding " + blocks.getFirst().ruleId());
        assertThat(creatives.get(d.id()).status()).isEqualTo(CreativeStatus.DRAFT);
        assertThatThrownBy(() -> creatives.overrideFinding(d.id(), d.hash(), blocks.getFirst(), "because I say so"))
                .isInstanceOf(AccessDeniedException.class);
        logout();

        authenticateAs(COMPLIANCE);
        assertThatThrownBy(() -> creatives.overrideFinding(d.id(), d.hash(), blocks.getFirst(), "fine"))
                .hasMessageContaining("at least 20 characters");
        for (Finding f : blocks) {
            creatives.overrideFinding(d.id(), d.hash(), f, "Print run already carries the NMLS ID on the envelope.");
        }
        logout();
        authenticateAs(MARKETER);
        CreativeDetail submitted = creatives.submit(d.id(), creatives.get(d.id()).summary().version());
        assertThat(submitted.status()).isEqualTo(CreativeStatus.SUBMITTED);
        assertThat(creatives.overrides(d.id(), null)).hasSize(blocks.size())
                .allMatch(o -> o.by().equals(COMPLIANCE) && o.contentHash().equals(d.hash()));
        assertThat(events(d.id())).contains("FINDING_OVERRIDDEN");
    }

    @Test
    void a_submission_with_content_problems_says_what_to_fix_and_keeps_the_draft() {
        CreativeContent ad = CreativeFixtures.searchAd(
                List.of("Harbor Light Home Loans", "Buying a home this spring? Talk to us today", "NMLS #1002003"),
                List.of("Talk to a licensed loan officer about your options."));
        CreativeDetail d = drafted(MARKETER, ad);
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> creatives.submit(d.id(), d.summary().version())).isInstanceOf(CreativeException.class)
                .satisfies(e -> assertThat(((CreativeException) e).problems())
                        .contains("Headline 2 is 43 characters; the limit is 30.",
                                "Description: at least 2 are required (1 written)."));
        assertThat(creatives.get(d.id()).current().content().items(CreativeField.HEADLINE)).hasSize(3);
    }

    @Test
    void html_is_sanitised_before_it_is_stored_and_the_author_is_told_what_was_removed() {
        CreativeContent dirty = cleanEmail().with(CreativeField.BODY, "<p onclick=\"steal()\">Hello</p>"
                + "<script>alert(1)</script><img src=\"https://t.example.com/p.gif\" width=\"1\" height=\"1\">"
                + "<a href=\"javascript:alert(1)\">x</a>");
        CreativeDetail d = drafted(MARKETER, dirty);
        String body = d.current().content().text(CreativeField.BODY);
        assertThat(body).doesNotContain("script", "onclick", "t.example.com", "javascript").contains("Hello");
        assertThat(d.current().sanitiserNote()).contains("1 script", "event handler (onclick)", "1 tracking pixel");
    }

    @Test
    void a_rate_move_beyond_the_threshold_makes_a_quoting_creative_stale_and_it_cannot_go_live() {
        authenticateAs(MARKETER);
        MarketRate now = rates.record(RateEntry.of(RateProduct.CONV_30_FIXED, new BigDecimal("6.250"),
                new BigDecimal("6.410")), true);
        logout();
        CreativeDetail approved = complianceApproved(MARKETER, emailQuotingRate("6.250", "6.410"), COMPLIANCE);
        assertThat(approved.current().quote()).isNotNull();
        assertThat(approved.current().quote().rate()).isEqualByComparingTo(now.rate());
        authenticateAs(CMO);
        creatives.approveCmo(approved.id(), approved.hash(), null);
        logout();

        authenticateAs(MARKETER);
        rates.record(RateEntry.of(RateProduct.CONV_30_FIXED, new BigDecimal("6.550"), new BigDecimal("6.700")), true);
        CreativeDetail after = creatives.get(approved.id());
        assertThat(after.summary().stale()).isTrue();
        assertThat(after.summary().staleReason()).contains("30 bps");
        assertThatThrownBy(() -> creatives.goLive(approved.id(), approved.hash())).hasMessageContaining("stale");
        assertThat(creatives.workCounts().myStale()).isGreaterThanOrEqualTo(1);
        logout();
        assertThat(events(approved.id())).contains("STALE");
        // The hourly check runs with nobody signed in.
        assertThat(creatives.refreshStaleness()).isNotNull();

        // A small move does not make a fresh quote stale.
        authenticateAs(MARKETER);
        CreativeDetail fresh = creatives.duplicate(approved.id());
        assertThat(fresh.current().quote().rate()).isEqualByComparingTo("6.550");
        rates.record(RateEntry.of(RateProduct.CONV_30_FIXED, new BigDecimal("6.600"), new BigDecimal("6.750")), true);
        assertThat(creatives.get(fresh.id()).summary().stale()).isFalse();
    }

    @Test
    void copy_that_quotes_a_rate_must_name_the_rate_product() {
        CreativeContent quoting = emailQuotingRate("6.250", "6.410").withSetup(CreativeFixtures.texasPurchase());
        authenticateAs(MARKETER);
        assertThat(creatives.contentProblems(quoting)).anyMatch(p -> p.contains("choose the rate product"));
        assertThat(creatives.contentProblems(cleanEmail())).isEmpty();
    }

    @Test
    void copy_that_states_a_rate_far_from_the_market_cannot_be_submitted() {
        authenticateAs(MARKETER);
        rates.record(RateEntry.of(RateProduct.CONV_30_FIXED, new BigDecimal("6.250"), new BigDecimal("6.410")), true);
        assertThat(creatives.contentProblems(emailQuotingRate("6.250", "6.410"))).isEmpty();
        assertThat(creatives.contentProblems(emailQuotingRate("6.375", "6.500"))).isEmpty();
        assertThat(creatives.contentProblems(emailQuotingRate("5.250", "5.410")))
                .anyMatch(p -> p.contains("states 5.250%, but today's 30-yr fixed is 6.250%"))
                .anyMatch(p -> p.contains("states 5.410% APR, but today's 30-yr fixed is 6.410% APR"));
        // A down payment is not a rate.
        CreativeContent down = emailQuotingRate("6.250", "6.410").with(CreativeField.PREHEADER,
                "Rates for buyers with as little as 3% down");
        assertThat(creatives.contentProblems(down)).isEmpty();
    }

    @Test
    void two_people_saving_the_same_creative_never_overwrite_each_other() {
        CreativeDetail d = drafted(MARKETER, cleanEmail());
        authenticateAs(MARKETER);
        creatives.saveDraft(d.id(), d.summary().version(), d.current().content().with(CreativeField.SUBJECT,
                "Advertisement: first"));
        assertThatThrownBy(() -> creatives.saveDraft(d.id(), d.summary().version(), d.current().content()
                .with(CreativeField.SUBJECT, "Advertisement: second"))).isInstanceOf(CreativeConflictException.class);
        assertThat(creatives.get(d.id()).current().content().text(CreativeField.SUBJECT)).isEqualTo("Advertisement: first");
    }

    @Test
    void retirement_needs_a_reason_and_ends_the_workflow() {
        CreativeDetail d = drafted(MARKETER, cleanSms());
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> creatives.retire(d.id(), " ")).hasMessageContaining("reason");
        CreativeDetail retired = creatives.retire(d.id(), "Campaign cancelled");
        assertThat(retired.status()).isEqualTo(CreativeStatus.RETIRED);
        assertThat(retired.summary().retiredReason()).isEqualTo("Campaign cancelled");
        assertThatThrownBy(() -> creatives.submit(d.id(), retired.summary().version())).hasMessageContaining("Only a draft");
    }

    @Test
    void a_copy_keeps_its_sources_editors_so_duplicating_cannot_launder_authorship() {
        String both = createUser("dup", "Writes and reviews", "dup-password-123", Roles.MARKETER, Roles.COMPLIANCE);
        CreativeDetail source = drafted(both, cleanEmail());
        authenticateAs(MARKETER);
        CreativeDetail copy = creatives.duplicate(source.id());
        creatives.submit(copy.id(), copy.summary().version());
        logout();
        authenticateAs(both);
        assertThatThrownBy(() -> creatives.claim(copy.id())).hasMessageContaining("someone else must review");
        assertThat(events(copy.id())).contains("DUPLICATED");
    }

    @Test
    void a_version_sent_back_cannot_be_resubmitted_unchanged_and_no_compliance_approver_of_it_gives_the_cmo_approval() {
        String both = createUser("cc2", "Compliance and CMO", "cc2-password-123", Roles.COMPLIANCE, Roles.CMO);
        CreativeDetail approved = complianceApproved(MARKETER, cleanEmail(), both);
        authenticateAs(CMO);
        creatives.rejectCmo(approved.id(), approved.hash(), "Not this quarter's message");
        logout();
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> creatives.submit(approved.id(), creatives.get(approved.id()).summary().version()))
                .hasMessageContaining("was sent back");
        logout();
        // Once compliance records something new (here an override is not needed, so a second reviewer path is
        // shown by changing the copy), the CMO step still refuses anyone who approved this hash for compliance.
        authenticateAs(MARKETER);
        CreativeDetail current = creatives.get(approved.id());
        CreativeDetail changed = creatives.saveDraft(approved.id(), current.summary().version(),
                current.current().content().with(CreativeField.CALL_TO_ACTION, "Call us"));
        creatives.submit(approved.id(), changed.summary().version());
        logout();
        authenticateAs(both);
        creatives.claim(approved.id());
        creatives.approveCompliance(approved.id(), changed.hash(), allYes(Channel.EMAIL), null);
        assertThatThrownBy(() -> creatives.approveCmo(approved.id(), changed.hash(), null))
                .hasMessageContaining("different person");
    }

    @Test
    void an_approved_creative_cannot_be_given_a_later_expiry_without_a_new_approval() {
        CreativeDetail d = drafted(MARKETER, cleanSms());
        authenticateAs(MARKETER);
        java.time.LocalDate inAMonth = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(1);
        CreativeDetail withExpiry = creatives.setExpiry(d.id(), d.summary().version(), inAMonth);
        creatives.submit(d.id(), withExpiry.summary().version());
        logout();
        authenticateAs(COMPLIANCE);
        creatives.claim(d.id());
        CreativeDetail approved = creatives.approveCompliance(d.id(), d.hash(), allYes(Channel.SMS), null);
        logout();
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> creatives.setExpiry(d.id(), approved.summary().version(), inAMonth.plusMonths(6)))
                .hasMessageContaining("needs a new approval");
        assertThatThrownBy(() -> creatives.setExpiry(d.id(), approved.summary().version(), null))
                .hasMessageContaining("needs a new approval");
        assertThat(creatives.setExpiry(d.id(), approved.summary().version(), inAMonth.minusDays(10)).summary()
                .expiresOn()).isEqualTo(inAMonth.minusDays(10));
    }

    @Test
    void an_administrator_cannot_loosen_the_approval_rules() {
        authenticateAs(ADMIN);
        var policy = creatives.policy();
        assertThatThrownBy(() -> creatives.savePolicy(policy.version(), 500, 90, 30, Map.of(Channel.PRINT, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_headline_with_a_percentage_quotes_a_rate_even_without_the_word_rate() {
        CreativeContent ad = CreativeFixtures.searchAd(List.of("Harbor Light Home Loans", "30-yr fixed 5.25%",
                "NMLS #1002003"), List.of("Talk to a loan officer today.", "Buy with as little as 3% down."));
        assertThat(CreativeService.quotesARate(ad)).isTrue();
        CreativeContent down = CreativeFixtures.searchAd(List.of("Harbor Light Home Loans", "Buy with 3% down",
                "NMLS #1002003"), List.of("Talk to a loan officer today.", "20% off closing costs."));
        assertThat(CreativeService.quotesARate(down)).isFalse();
    }

    @Test
    void an_approval_row_written_behind_the_services_back_does_not_let_a_creative_go_live() {
        CreativeDetail s = submitted(MARKETER, cleanSms());
        jdbc.update("UPDATE creative SET status = 'APPROVED' WHERE id = ?", s.id());
        jdbc.update("INSERT INTO creative_review (creative_id, version_no, content_hash, stage, decision, reviewer, "
                + "decided_at) VALUES (?, ?, ?, 'COMPLIANCE', 'APPROVED', ?, NOW(6))", s.id(), s.current().versionNo(),
                s.hash(), COMPLIANCE);
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> creatives.goLive(s.id(), s.hash())).hasMessageContaining("no valid compliance approval");
        jdbc.update("UPDATE creative SET status = 'RETIRED' WHERE id = ?", s.id());
    }
}
