package com.porchlight.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.security.Roles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The lead services as their callers meet them: who sees which lead, stage rules, consent, assignment, export. */
class LeadServiceTest extends LeadTestSupport {

    @Autowired
    LeadService leads;
    @Autowired
    LeadQueryService query;
    @Autowired
    LeadExportService exports;

    private String csv(LeadFilter filter, LeadExportKind kind) throws Exception {
        var out = new ByteArrayOutputStream();
        exports.export(filter, kind, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_loan_officer_sees_and_changes_only_the_leads_assigned_to_them() {
        String other = createUser("lo2", "Omar Other", "other-officer-pass", Roles.LOAN_OFFICER);
        long source = newSource();
        List<Long> ids = write(source, lead("Mine", "Lead", "CA"), lead("Theirs", "Lead", "CA"),
                lead("Nobodys", "Lead", "CA"));
        assignTo(ids.get(0), userId(LOAN_OFFICER));
        assignTo(ids.get(1), userId(other));

        authenticateAs(LOAN_OFFICER);
        assertThat(query.page(onlySource(source), 0, 50, List.of())).extracting(LeadRow::id)
                .containsExactly(ids.get(0));
        assertThat(query.count(onlySource(source))).isEqualTo(1);
        assertThat(query.count(onlySource(source).withAssignee(LeadFilter.Assignee.loanOfficer(userId(other)))))
                .as("asking for another officer's leads still returns only one's own").isZero();
        assertThat(leads.profile(ids.get(0)).lead().firstName()).isEqualTo("Mine");
        assertThatThrownBy(() -> leads.profile(ids.get(1))).isInstanceOf(LeadException.class)
                .hasMessage("Lead #" + ids.get(1) + " does not exist or is not assigned to you.");
        assertThatThrownBy(() -> leads.changeStage(ids.get(1), 0, Stage.CONTACTED, null))
                .isInstanceOf(LeadException.class);
        assertThatThrownBy(() -> leads.profile(ids.get(2))).isInstanceOf(LeadException.class);
        assertThat(stageOf(ids.get(1))).isEqualTo("NEW");

        authenticateAs(MARKETER);
        assertThat(query.count(onlySource(source))).isEqualTo(3);
        assertThat(query.count(onlySource(source).withAssignee(LeadFilter.Assignee.unassigned()))).isEqualTo(1);
    }

    @Test
    void contacting_a_new_lead_records_first_contact_once_and_a_history_row_each_time() {
        long source = newSource();
        long id = write(source, lead("Speedy", "Gonzalez", "AZ")).getFirst();
        assignTo(id, userId(LOAN_OFFICER));
        authenticateAs(LOAN_OFFICER);

        LeadProfile contacted = leads.changeStage(id, versionOf(id), Stage.CONTACTED, null);
        assertThat(contacted.lead().stage()).isEqualTo(Stage.CONTACTED);
        assertThat(contacted.lead().firstContactedAt()).isNotNull();
        assertThat(contacted.lead().speedToLead()).isNotNull();
        assertThat(contacted.history().getFirst()).satisfies(h -> {
            assertThat(h.from()).isEqualTo(Stage.NEW);
            assertThat(h.to()).isEqualTo(Stage.CONTACTED);
            assertThat(h.changedBy()).isEqualTo(LOAN_OFFICER);
        });

        var lost = leads.changeStage(id, contacted.lead().version(), Stage.LOST, "Went with another lender");
        assertThat(lost.lead().lostReason()).isEqualTo("Went with another lender");
        var reopened = leads.changeStage(id, lost.lead().version(), Stage.CONTACTED, null);
        assertThat(reopened.lead().firstContactedAt()).as("speed to lead counts the first contact only")
                .isEqualTo(contacted.lead().firstContactedAt());
        assertThat(reopened.lead().lostReason()).isNull();
        assertThat(historyRows(id)).isEqualTo(4);
        assertThat(reopened.history()).extracting(LeadProfile.StageChange::reason)
                .containsExactly(null, "Went with another lender", null, "Received");
    }

    @Test
    void transitions_outside_the_funnel_and_lost_without_reason_are_refused() {
        long source = newSource();
        long id = write(source, lead("Rule", "Follower", "CA")).getFirst();
        authenticateAs(MARKETER);

        assertThatThrownBy(() -> leads.changeStage(id, versionOf(id), Stage.LOST, "  "))
                .isInstanceOf(LeadException.class).hasMessageStartingWith("Say why the lead was lost")
                .extracting(e -> ((LeadException) e).field()).isEqualTo("reason");
        assertThatThrownBy(() -> leads.changeStage(id, versionOf(id), Stage.NEW, null))
                .isInstanceOf(LeadException.class).hasMessage("A lead in stage New cannot move to New.");
        var funded = leads.changeStage(id, versionOf(id), Stage.FUNDED, "closed");
        assertThat(funded.permittedStages()).isEmpty();
        assertThatThrownBy(() -> leads.changeStage(id, versionOf(id), Stage.LOST, "changed mind"))
                .isInstanceOf(LeadException.class).hasMessage("This lead is funded: its stage is final.");
        assertThat(stageOf(id)).isEqualTo("FUNDED");
        assertThat(historyRows(id)).isEqualTo(2);
    }

    @Test
    void a_change_from_a_stale_version_is_refused_and_changes_nothing() {
        long source = newSource();
        long id = write(source, lead("Race", "Condition", "CA")).getFirst();
        authenticateAs(MARKETER);
        long seen = versionOf(id);
        leads.changeStage(id, seen, Stage.CONTACTED, null);

        assertThatThrownBy(() -> leads.changeStage(id, seen, Stage.LOST, "duplicate"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> leads.recordConsent(id, seen, ConsentChange.EMAIL_UNSUBSCRIBE, "asked by phone"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(stageOf(id)).isEqualTo("CONTACTED");
    }

    @Test
    void a_compliance_officer_reads_leads_but_cannot_change_them() {
        long source = newSource();
        long id = write(source, lead("Read", "Only", "CA")).getFirst();
        authenticateAs(COMPLIANCE);

        LeadProfile profile = leads.profile(id);
        assertThat(profile.permittedStages()).isEmpty();
        assertThat(profile.consentChanges()).isEmpty();
        assertThat(profile.mayAssign()).isFalse();
        assertThatThrownBy(() -> leads.changeStage(id, versionOf(id), Stage.CONTACTED, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> leads.recordConsent(id, versionOf(id), ConsentChange.DNC_ADD, "complaint"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stageOf(id)).isEqualTo("NEW");
    }

    @Test
    void a_loan_officer_who_is_also_a_compliance_officer_reads_every_lead_but_works_only_their_own() {
        String twoHats = createUser("lo-cmp", "Toni Hats", "two-hats-officer", Roles.LOAN_OFFICER, Roles.COMPLIANCE);
        long source = newSource();
        List<Long> ids = write(source, lead("Toni", "Own", "CA"), lead("Other", "Officers", "CA"));
        assignTo(ids.get(0), userId(twoHats));
        assignTo(ids.get(1), userId(LOAN_OFFICER));
        authenticateAs(twoHats);

        assertThat(query.count(onlySource(source))).isEqualTo(2);
        assertThat(leads.profile(ids.get(0)).permittedStages()).contains(Stage.CONTACTED);
        assertThat(leads.profile(ids.get(1)).permittedStages()).isEmpty();
        assertThat(leads.profile(ids.get(1)).consentChanges()).isEmpty();
        assertThatThrownBy(() -> leads.changeStage(ids.get(1), versionOf(ids.get(1)), Stage.CONTACTED, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> leads.recordConsent(ids.get(1), versionOf(ids.get(1)), ConsentChange.DNC_ADD,
                "note")).isInstanceOf(AccessDeniedException.class);
        leads.changeStage(ids.get(0), versionOf(ids.get(0)), Stage.CONTACTED, null);
        assertThat(stageOf(ids.get(0))).isEqualTo("CONTACTED");
        assertThat(stageOf(ids.get(1))).isEqualTo("NEW");
    }

    @Test
    void leads_go_only_to_loan_officers_licensed_in_their_state() {
        long source = newSource();
        List<Long> ids = write(source, lead("North", "Dakotan", "ND"), lead("Cali", "Fornian", "CA"));
        long lo = userId(LOAN_OFFICER);
        jdbc.sql("UPDATE leads SET unassignable = TRUE WHERE id = ?").param(ids.get(1)).update();
        authenticateAs(MARKETER);

        assertThat(leads.assignableLoanOfficers(ids.get(0))).extracting(LoanOfficerOption::userId)
                .doesNotContain(lo);
        assertThatThrownBy(() -> leads.assign(ids.get(0), versionOf(ids.get(0)), lo))
                .isInstanceOf(LeadException.class)
                .hasMessageStartingWith("Lena Ortiz is not licensed in North Dakota (licensed in AZ, CA, NV, OR, WA)");
        assertThat(leads.assignableLoanOfficers(ids.get(1))).extracting(LoanOfficerOption::userId).contains(lo);

        var assigned = leads.assign(ids.get(1), versionOf(ids.get(1)), lo);
        assertThat(assigned.loanOfficer()).isNotNull();
        assertThat(assigned.loanOfficer().name()).isEqualTo("Lena Ortiz");
        assertThat(assigned.lead().unassignable()).isFalse();
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE subject = ? ORDER BY id DESC LIMIT 1")
                .param("Lead #" + ids.get(1)).query(String.class).single())
                .startsWith("Assigned to Lena Ortiz").endsWith("was unassignable.");

        authenticateAs(LOAN_OFFICER);
        assertThatThrownBy(() -> leads.assign(ids.get(1), versionOf(ids.get(1)), lo))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unsubscribing_takes_a_lead_out_of_the_email_list_and_keeps_the_evidence() throws Exception {
        long source = newSource();
        long id = write(source, with(lead("Una", "Subscribe", "CA"), "consent.email", "true")).getFirst();
        assignTo(id, userId(LOAN_OFFICER));
        authenticateAs(MARKETER);
        assertThat(csv(onlySource(source), LeadExportKind.EMAIL_LIST)).contains("Una,Subscribe");

        authenticateAs(LOAN_OFFICER);
        LeadProfile before = leads.profile(id);
        assertThat(before.consentChanges()).contains(ConsentChange.EMAIL_UNSUBSCRIBE)
                .doesNotContain(ConsentChange.DNC_REMOVE);
        assertThatThrownBy(() -> leads.recordConsent(id, before.lead().version(), ConsentChange.EMAIL_UNSUBSCRIBE,
                " ")).isInstanceOf(LeadException.class).extracting(e -> ((LeadException) e).field())
                .isEqualTo("captureSource");
        LeadProfile after = leads.recordConsent(id, before.lead().version(), ConsentChange.EMAIL_UNSUBSCRIBE,
                "Asked on a call not to get emails");
        assertThat(after.lead().emailable()).isFalse();
        assertThat(after.consent().getFirst().explanation()).startsWith("Unsubscribed on ");
        assertThat(after.consentEvidence().getFirst()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(ConsentAction.UNSUBSCRIBE);
            assertThat(e.captureSource()).isEqualTo("Asked on a call not to get emails");
            assertThat(e.recordedBy()).isEqualTo(LOAN_OFFICER);
        });
        assertThat(after.consentChanges()).contains(ConsentChange.EMAIL_OPT_IN)
                .doesNotContain(ConsentChange.EMAIL_UNSUBSCRIBE);

        authenticateAs(MARKETER);
        assertThat(csv(onlySource(source), LeadExportKind.EMAIL_LIST)).doesNotContain("Una");
        assertThat(exports.count(onlySource(source), LeadExportKind.EMAIL_LIST)).isZero();
    }

    @Test
    void channel_exports_hold_only_consented_contacts_and_neutralise_formulas() throws Exception {
        long source = newSource();
        var emailOnly = with(lead("Emma", "Mailer", "CA"), "consent.email", "true");
        var smsOnly = withWrittenConsent(lead("=cmd()", "Texter", "AZ"));
        var dnc = withWrittenConsent(lead("Dana", "Nocall", "NV"));
        var nothing = lead("Nora", "Noconsent", "OR");
        List<Long> ids = write(source, emailOnly, smsOnly, dnc, nothing);
        authenticateAs(ADMIN);
        leads.recordConsent(ids.get(2), versionOf(ids.get(2)), ConsentChange.DNC_ADD, "Complaint letter");
        authenticateAs(MARKETER);

        String email = csv(onlySource(source), LeadExportKind.EMAIL_LIST);
        assertThat(email.lines().toList()).hasSize(2);
        assertThat(email).contains(emailOnly.get("email")).doesNotContain("Texter", "Nocall", "Noconsent");

        String sms = csv(onlySource(source), LeadExportKind.SMS_LIST);
        assertThat(sms.lines().toList()).hasSize(2);
        assertThat(sms).contains("'=cmd(),Texter,6285551").doesNotContain(",=cmd()", "Mailer", "Nocall");
        String calls = csv(onlySource(source), LeadExportKind.CALL_LIST);
        assertThat(calls).contains("Texter").doesNotContain("Mailer", "Nocall", "Noconsent");

        String all = csv(onlySource(source), LeadExportKind.ALL_FIELDS);
        assertThat(all.lines().toList()).hasSize(5);
        assertThat(all).contains("Mailer", "'=cmd()", "Nocall", "Noconsent")
                .as("the analysis export carries no contact details").doesNotContain("@example.com", "628555");
        assertThat(all.lines().toList().get(0)).startsWith("\uFEFFLead ID,First name,Last name,External ID");

        var logged = jdbc.sql("SELECT exported_by, channel, filter, row_count FROM lead_export "
                + "WHERE filter LIKE ? ORDER BY id").param("%source #" + source + "%").query().listOfRows();
        assertThat(logged).extracting(r -> r.get("channel")).containsExactly("EMAIL", "SMS", "PHONE", null);
        assertThat(logged).extracting(r -> ((Number) r.get("row_count")).longValue()).containsExactly(1L, 1L, 1L, 4L);
        assertThat(logged.getFirst().get("exported_by")).isEqualTo(MARKETER);
        assertThat(logged.getFirst().get("filter")).isEqualTo("Email list: source #" + source);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE category = 'LEAD_EXPORT' AND details LIKE ?")
                .param("%source #" + source + "%").query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void neither_a_loan_officer_nor_a_compliance_officer_can_export() {
        long source = newSource();
        write(source, with(lead("Export", "Target", "CA"), "consent.email", "true"));
        for (String who : List.of(LOAN_OFFICER, COMPLIANCE)) {
            authenticateAs(who);
            assertThatThrownBy(() -> exports.export(onlySource(source), LeadExportKind.EMAIL_LIST,
                    new ByteArrayOutputStream())).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.count(onlySource(source), LeadExportKind.ALL_FIELDS)).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void removing_do_not_call_is_kept_to_administrators_and_the_cmo() {
        long source = newSource();
        long id = write(source, withWrittenConsent(lead("Dee", "Encee", "CA"))).getFirst();
        authenticateAs(MARKETER);
        var listed = leads.recordConsent(id, versionOf(id), ConsentChange.DNC_ADD, "Asked to stop all calls");
        assertThat(listed.lead().callable()).isFalse();
        assertThat(listed.lead().smsOk()).isFalse();
        assertThat(listed.consentChanges()).doesNotContain(ConsentChange.DNC_REMOVE);
        assertThatThrownBy(() -> leads.recordConsent(id, versionOf(id), ConsentChange.DNC_REMOVE, "changed mind"))
                .isInstanceOf(AccessDeniedException.class);

        authenticateAs(CMO);
        var removed = leads.recordConsent(id, versionOf(id), ConsentChange.DNC_REMOVE, "Borrower's signed letter");
        assertThat(removed.lead().callable()).isTrue();
        assertThat(removed.consentEvidence()).extracting(LeadProfile.ConsentEvidence::action)
                .startsWith(ConsentAction.DNC_REMOVED, ConsentAction.DNC_ADDED);
    }

    @Test
    void filters_narrow_the_page_and_the_count_together() {
        long source = newSource();
        var bob = with(lead("Bob", "Stone", "AZ"), "receivedAt", "2026-01-06T10:00:00Z", "loanPurpose", "REFINANCE");
        String bobsEmail = bob.get("email");
        List<Long> ids = write(source,
                with(lead("Ann", "Lee", "CA"), "receivedAt", "2026-01-05T10:00:00Z"),
                bob,
                with(lead("Cara", "Leeds", "CA"), "receivedAt", "2026-01-07T10:00:00Z", "creditScore", "590"));
        authenticateAs(MARKETER);
        LeadFilter mine = onlySource(source);
        assertThat(query.page(mine, 0, 10, List.of())).extracting(LeadRow::lastName)
                .containsExactly("Leeds", "Stone", "Lee");
        assertThat(query.page(mine, 1, 1, List.of())).extracting(LeadRow::lastName).containsExactly("Stone");
        assertThat(query.page(mine, 0, 10, List.of(new LeadSort(LeadSort.Column.NAME, true))))
                .extracting(LeadRow::lastName).containsExactly("Lee", "Leeds", "Stone");
        assertThat(query.count(mine.withStates(Set.of("CA")))).isEqualTo(2);
        assertThat(query.count(mine.withPurposes(Set.of(LoanPurpose.REFINANCE)))).isEqualTo(1);
        assertThat(query.count(mine.withCreditBands(Set.of(CreditBand.POOR)))).isEqualTo(1);
        assertThat(query.count(mine.withSearch("lee"))).isEqualTo(2);
        assertThat(query.count(mine.withSearch("ann lee"))).isEqualTo(1);
        assertThat(query.count(mine.withSearch("Leeds, C"))).isEqualTo(1);
        assertThat(query.count(mine.withSearch("bob.stone"))).as("no @: a name search").isZero();
        assertThat(query.count(mine.withSearch(bobsEmail.substring(0, bobsEmail.indexOf('@') + 1)))).isEqualTo(1);
        assertThat(query.count(mine.withSearch(bobsEmail.toUpperCase()))).isEqualTo(1);
        assertThat(query.count(mine.withSearch("bob%@"))).as("% is taken literally").isZero();
        assertThat(query.count(mine.withSearch("(628) 555"))).isEqualTo(3);
        assertThat(query.count(mine.withReceived(java.time.LocalDate.of(2026, 1, 6), java.time.LocalDate.of(2026, 1,
                6)))).isEqualTo(1);
        assertThat(query.count(mine.withStages(Set.of(Stage.NEW, Stage.CONTACTED)))).isEqualTo(3);
        assertThat(query.count(mine.withStages(Set.of(Stage.LOST)))).isZero();
        assertThat(ids).hasSize(3);
    }
}
