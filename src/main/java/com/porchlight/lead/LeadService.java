package com.porchlight.lead;

import static com.porchlight.lead.LeadQueryService.enumOf;
import static com.porchlight.lead.LeadQueryService.instant;

import com.porchlight.audit.AuditLog;
import com.porchlight.base.UsStates;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.LicensedLoanOfficer;
import com.porchlight.security.LoanOfficerDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One lead: its profile (everything the current user may see of it), stage changes, consent changes and assignment.
 * A loan officer reaches only the leads assigned to them (a lead of someone else's reads as "not found"); compliance
 * officers read every lead and change none. Every change is checked against the version the user saw (a lost race
 * says "changed by someone else") and leaves a trace: stage history, consent evidence, or the audit log. ADR 0007.
 */
@Service
public class LeadService {

    /** The profile shows at most this many of the newest events (and the count of all). */
    public static final int TIMELINE_LIMIT = 200;
    public static final int MAX_REASON = 200;
    public static final int MAX_CAPTURE_SOURCE = 254;

    private final JdbcTemplate jdbc;
    private final LoanOfficerDirectory loanOfficers;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<LeadScoring> scoring;

    LeadService(JdbcTemplate jdbc, LoanOfficerDirectory loanOfficers, AuditLog audit, Clock clock,
            ObjectProvider<LeadScoring> scoring) {
        this.jdbc = jdbc;
        this.loanOfficers = loanOfficers;
        this.audit = audit;
        this.clock = clock;
        this.scoring = scoring;
    }

    @PreAuthorize(LeadAccess.HAS_LEAD_READER)
    @Transactional(readOnly = true)
    public LeadProfile profile(long id) {
        Loaded loaded = load(id);
        LeadProfile.Lead lead = loaded.lead();
        List<LeadProfile.StageChange> history = jdbc.query("""
                SELECT from_stage, to_stage, changed_at, changed_by, reason FROM lead_stage_change
                 WHERE lead_id = ? ORDER BY changed_at DESC, id DESC""",
                (rs, n) -> new LeadProfile.StageChange(enumOf(Stage.class, rs.getString(1)),
                        Stage.valueOf(rs.getString(2)), Objects.requireNonNull(instant(rs, "changed_at")),
                        rs.getString(4), rs.getString(5)), id);
        List<LeadProfile.ConsentEvidence> evidence = jdbc.query("""
                SELECT channel, action, occurred_at, capture_source, consent_text, recorded_at, recorded_by
                  FROM lead_consent_event WHERE lead_id = ? ORDER BY occurred_at DESC, id DESC""",
                (rs, n) -> new LeadProfile.ConsentEvidence(ContactChannel.valueOf(rs.getString(1)),
                        ConsentAction.valueOf(rs.getString(2)), Objects.requireNonNull(instant(rs, "occurred_at")),
                        rs.getString(4), rs.getString(5), Objects.requireNonNull(instant(rs, "recorded_at")),
                        rs.getString(7)), id);
        List<LeadProfile.TimelineEvent> timeline = jdbc.query("""
                SELECT type, occurred_at, detail FROM lead_event WHERE lead_id = ?
                 ORDER BY occurred_at DESC, id DESC LIMIT ?""",
                (rs, n) -> new LeadProfile.TimelineEvent(EventType.valueOf(rs.getString(1)),
                        Objects.requireNonNull(instant(rs, "occurred_at")), rs.getString(3)), id, TIMELINE_LIMIT);
        long eventCount = timeline.size() < TIMELINE_LIMIT ? timeline.size()
                : Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM lead_event WHERE lead_id = ?",
                        Long.class, id));
        boolean mayWork = LeadAccess.mayWork(assignedTo(loaded));
        Set<Stage> permitted = mayWork ? lead.stage().nextStages() : EnumSet.noneOf(Stage.class);
        // Explained only after load() has checked that this user may see the lead.
        LeadScoring scorer = scoring.getIfAvailable();
        LeadScoreSummary score = scorer == null ? null : scorer.explain(id).orElse(null);
        return new LeadProfile(lead, loaded.source(), loaded.loanOfficer(), history, evidence, consentStatus(lead),
                timeline, eventCount, permitted, mayWork ? applicableChanges(lead) : List.of(),
                LeadAccess.mayManage(), score);
    }

    /**
     * Moves the lead to another stage along {@link Stage#nextStages()}. LOST needs a reason. The first move to a
     * working stage (anything but LOST) records first contact, which is what speed to lead measures.
     */
    @PreAuthorize(LeadAccess.HAS_LEAD_WORKER)
    @Transactional
    public LeadProfile changeStage(long id, long expectedVersion, Stage to, @Nullable String reason) {
        Loaded loaded = load(id);
        requireWorker(loaded);
        LeadProfile.Lead lead = loaded.lead();
        requireVersion(lead, expectedVersion);
        if (!lead.stage().nextStages().contains(to)) {
            throw new LeadException("stage", lead.stage() == Stage.FUNDED
                    ? "This lead is funded: its stage is final."
                    : "A lead in stage " + lead.stage().label() + " cannot move to " + to.label() + ".");
        }
        String why = reason == null ? "" : reason.strip();
        if (to == Stage.LOST && why.isEmpty()) {
            throw new LeadException("reason", "Say why the lead was lost (e.g. \"went with another lender\", "
                    + "\"not reachable after 6 attempts\").");
        }
        if (why.length() > MAX_REASON) {
            throw new LeadException("reason", "The reason can have at most " + MAX_REASON + " characters.");
        }
        Instant now = now();
        int updated = jdbc.update("""
                UPDATE leads SET stage = ?, stage_changed_at = ?, lost_reason = ?,
                       first_contacted_at = COALESCE(first_contacted_at, ?), version = version + 1
                 WHERE id = ? AND version = ?""",
                to.name(), LeadWriter.utc(now), to == Stage.LOST ? why : null,
                to == Stage.LOST ? null : LeadWriter.utc(now), id, expectedVersion);
        if (updated != 1) {
            throw changedBySomeoneElse(id);
        }
        jdbc.update("""
                INSERT INTO lead_stage_change (lead_id, from_stage, to_stage, changed_at, changed_by, reason)
                VALUES (?, ?, ?, ?, ?, ?)""",
                id, lead.stage().name(), to.name(), LeadWriter.utc(now), CurrentUser.nameOrSystem(),
                why.isEmpty() ? null : why);
        return profile(id);
    }

    /** Loan officers the lead can be assigned to: enabled, licensed in the lead's state. */
    @PreAuthorize(LeadAccess.HAS_LEAD_MANAGER)
    @Transactional(readOnly = true)
    public List<LoanOfficerOption> assignableLoanOfficers(long id) {
        String state = load(id).lead().state();
        return loanOfficers.enabledLoanOfficers().stream().filter(o -> o.states().contains(state))
                .map(o -> new LoanOfficerOption(o.userId(), o.name(), o.nmlsId(), o.states()))
                .sorted(java.util.Comparator.comparing(LoanOfficerOption::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Assigns the lead to a loan officer licensed in its state (clearing "unassignable"). Audited. */
    @PreAuthorize(LeadAccess.HAS_LEAD_MANAGER)
    @Transactional
    public LeadProfile assign(long id, long expectedVersion, long loanOfficerId) {
        Loaded loaded = load(id);
        LeadProfile.Lead lead = loaded.lead();
        requireVersion(lead, expectedVersion);
        LicensedLoanOfficer officer = loanOfficers.enabledLoanOfficers().stream()
                .filter(o -> o.userId() == loanOfficerId).findFirst()
                .orElseThrow(() -> new LeadException("loanOfficer",
                        "That person is not an enabled loan officer. Choose another."));
        if (!officer.states().contains(lead.state())) {
            throw new LeadException("loanOfficer", officer.name() + " is not licensed in "
                    + stateName(lead.state()) + (officer.states().isEmpty() ? " (no licences on record)"
                    : " (licensed in " + String.join(", ", officer.states()) + ")")
                    + ". A lead may only go to a loan officer licensed in the borrower's state.");
        }
        if (loaded.loanOfficer() != null && loaded.loanOfficer().userId() == loanOfficerId) {
            throw new LeadException("loanOfficer", "The lead is already assigned to " + officer.name() + ".");
        }
        int updated = jdbc.update("""
                UPDATE leads SET assigned_lo_id = ?, assigned_at = ?, unassignable = FALSE, version = version + 1
                 WHERE id = ? AND version = ?""", loanOfficerId, LeadWriter.utc(now()), id, expectedVersion);
        if (updated != 1) {
            throw changedBySomeoneElse(id);
        }
        String before = loaded.loanOfficer() == null ? (lead.unassignable() ? "unassignable" : "unassigned")
                : loaded.loanOfficer().name();
        audit.record("LEAD", "Lead #" + id, "Assigned to " + officer.name()
                + (officer.nmlsId() == null ? "" : " (NMLS " + officer.nmlsId() + ")") + "; was " + before + ".");
        return profile(id);
    }

    /**
     * Records a consent change: appends the evidence (who recorded it, when, and how the borrower said it) and updates
     * the lead's consent columns, in one transaction. Only the changes {@link LeadProfile#consentChanges()} offers are
     * accepted.
     */
    @PreAuthorize(LeadAccess.HAS_LEAD_WORKER)
    @Transactional
    public LeadProfile recordConsent(long id, long expectedVersion, ConsentChange change, String captureSource) {
        Loaded loaded = load(id);
        requireWorker(loaded);
        LeadProfile.Lead lead = loaded.lead();
        requireVersion(lead, expectedVersion);
        if (change == ConsentChange.DNC_REMOVE && !LeadAccess.mayRemoveDoNotCall()) {
            throw new AccessDeniedException("Only an administrator or the CMO may take a lead off do-not-call");
        }
        if (!applicableChanges(lead).contains(change)) {
            throw new LeadException("change", "\"" + change.label() + "\" does not apply to this lead as it is now."
                    + " Reload to see its current consent.");
        }
        String source = captureSource == null ? "" : captureSource.strip();
        if (source.isEmpty()) {
            throw new LeadException("captureSource", "Say how the borrower told you (e.g. \"asked on a call\", "
                    + "\"replied STOP\", \"email to their loan officer\"): this is the evidence.");
        }
        if (source.length() > MAX_CAPTURE_SOURCE) {
            throw new LeadException("captureSource", "At most " + MAX_CAPTURE_SOURCE + " characters.");
        }
        Instant now = now();
        String set = switch (change) {
            case EMAIL_OPT_IN -> "email_opt_in_at = ?, email_unsubscribed_at = NULL";
            case EMAIL_UNSUBSCRIBE -> "email_unsubscribed_at = ?";
            case SMS_REVOKE -> "sms_revoked_at = ?";
            case CALLS_REVOKE -> "call_revoked_at = ?";
            case DNC_ADD -> "do_not_call = TRUE";
            case DNC_REMOVE -> "do_not_call = FALSE";
        };
        // The statement is one of the constants above; the time (where the change has one) and ids are parameters.
        Object[] params = set.contains("?") ? new Object[] {LeadWriter.utc(now), id, expectedVersion}
                : new Object[] {id, expectedVersion};
        int updated = jdbc.update("UPDATE leads SET " + set + ", version = version + 1 WHERE id = ? AND version = ?",
                params);
        if (updated != 1) {
            throw changedBySomeoneElse(id);
        }
        jdbc.update("""
                INSERT INTO lead_consent_event (lead_id, channel, action, occurred_at, capture_source, consent_text,
                                                recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, NULL, ?, ?)""",
                id, change.channel().name(), change.action().name(), LeadWriter.utc(now), source,
                LeadWriter.utc(now), CurrentUser.nameOrSystem());
        return profile(id);
    }

    private static @Nullable Long assignedTo(Loaded loaded) {
        return loaded.loanOfficer() == null ? null : loaded.loanOfficer().userId();
    }

    private static void requireWorker(Loaded loaded) {
        if (!LeadAccess.mayWork(assignedTo(loaded))) {
            throw new AccessDeniedException("Only the lead's loan officer, marketers, the CMO and administrators may "
                    + "change lead #" + loaded.lead().id());
        }
    }

    private record Loaded(LeadProfile.Lead lead, LeadProfile.Source source,
            LeadProfile.@Nullable LoanOfficer loanOfficer) {
    }

    /** The lead, if the current user may see it; otherwise the same answer as for a lead that does not exist. */
    private Loaded load(long id) {
        Long onlyLeadsOf = LeadAccess.onlyLeadsOf();
        String sql = """
                SELECT l.*, s.name AS source_name, s.channel AS source_channel, s.active AS source_active,
                       u.display_name AS lo_name, u.email AS lo_email, u.nmls_id AS lo_nmls
                  FROM leads l
                  JOIN lead_source s ON s.id = l.source_id
                  LEFT JOIN app_user u ON u.id = l.assigned_lo_id
                 WHERE l.id = ?""" + (onlyLeadsOf == null ? "" : " AND l.assigned_lo_id = ?");
        Object[] params = onlyLeadsOf == null ? new Object[] {id} : new Object[] {id, onlyLeadsOf};
        List<Loaded> found = jdbc.query(sql, (rs, n) -> loaded(rs), params);
        if (found.isEmpty()) {
            throw new LeadException(onlyLeadsOf == null ? "Lead #" + id + " does not exist."
                    : "Lead #" + id + " does not exist or is not assigned to you.");
        }
        return found.getFirst();
    }

    private static Loaded loaded(ResultSet rs) throws SQLException {
        var lead = new LeadProfile.Lead(
                rs.getLong("id"), rs.getLong("version"), rs.getString("external_id"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("state"), rs.getString("county"), rs.getString("zip"),
                LoanPurpose.valueOf(rs.getString("loan_purpose")), enumOf(LoanProgram.class, rs.getString("loan_program")),
                (Integer) rs.getObject("credit_score", Integer.class), enumOf(CreditBand.class, rs.getString("credit_band")),
                rs.getBigDecimal("annual_income"), rs.getBigDecimal("monthly_debt"),
                rs.getBigDecimal("property_value"), rs.getBigDecimal("loan_amount"),
                rs.getBigDecimal("dti"), rs.getBigDecimal("ltv"),
                rs.getBigDecimal("current_rate"), enumOf(LoanProgram.class, rs.getString("current_program")),
                rs.getObject("current_term_months", Integer.class),
                rs.getObject("current_loan_originated_on", LocalDate.class),
                rs.getBoolean("first_time_buyer"), rs.getBoolean("veteran"),
                instant(rs, "prequalified_at"), instant(rs, "preapproved_at"),
                Stage.valueOf(rs.getString("stage")), Objects.requireNonNull(instant(rs, "stage_changed_at")),
                rs.getString("lost_reason"),
                Objects.requireNonNull(instant(rs, "received_at")), instant(rs, "first_contacted_at"),
                instant(rs, "last_activity_at"), instant(rs, "assigned_at"), rs.getBoolean("unassignable"),
                instant(rs, "email_opt_in_at"), instant(rs, "email_unsubscribed_at"),
                instant(rs, "pewc_at"), instant(rs, "sms_revoked_at"), instant(rs, "call_revoked_at"),
                rs.getBoolean("do_not_call"), rs.getBoolean("emailable"), rs.getBoolean("sms_ok"),
                rs.getBoolean("callable"), rs.getString("created_by"), rs.getObject("import_id", Long.class));
        var source = new LeadProfile.Source(rs.getLong("source_id"), rs.getString("source_name"),
                SourceChannel.valueOf(rs.getString("source_channel")), rs.getBoolean("source_active"));
        long loId = rs.getLong("assigned_lo_id");
        var officer = rs.wasNull() ? null : new LeadProfile.LoanOfficer(loId, rs.getString("lo_name"),
                rs.getString("lo_email"), rs.getString("lo_nmls"));
        return new Loaded(lead, source, officer);
    }

    /** The consent changes that mean something for the lead as it is now (ignoring who asks). */
    private static List<ConsentChange> applicableChanges(LeadProfile.Lead lead) {
        List<ConsentChange> changes = new ArrayList<>();
        if (lead.email() != null && !lead.emailable()) {
            changes.add(ConsentChange.EMAIL_OPT_IN);
        }
        if (lead.email() != null && lead.emailUnsubscribedAt() == null) {
            changes.add(ConsentChange.EMAIL_UNSUBSCRIBE);
        }
        if (lead.phone() != null && lead.smsRevokedAt() == null) {
            changes.add(ConsentChange.SMS_REVOKE);
        }
        if (lead.phone() != null && lead.callRevokedAt() == null) {
            changes.add(ConsentChange.CALLS_REVOKE);
        }
        if (lead.phone() != null && !lead.doNotCall()) {
            changes.add(ConsentChange.DNC_ADD);
        }
        if (lead.doNotCall() && LeadAccess.mayRemoveDoNotCall()) {
            changes.add(ConsentChange.DNC_REMOVE);
        }
        return changes;
    }

    static List<LeadProfile.ChannelStatus> consentStatus(LeadProfile.Lead l) {
        List<LeadProfile.ChannelStatus> out = new ArrayList<>(3);
        String email;
        if (l.email() == null) {
            email = "No email address.";
        } else if (l.emailUnsubscribedAt() != null) {
            email = "Unsubscribed on " + day(l.emailUnsubscribedAt()) + ".";
        } else if (l.emailOptInAt() == null) {
            email = "No email opt-in on record.";
        } else {
            email = "Opted in on " + day(l.emailOptInAt()) + ".";
        }
        out.add(new LeadProfile.ChannelStatus(ContactChannel.EMAIL, l.emailable(), email));
        out.add(new LeadProfile.ChannelStatus(ContactChannel.SMS, l.smsOk(), phoneReason(l, l.smsRevokedAt(),
                "texts")));
        out.add(new LeadProfile.ChannelStatus(ContactChannel.PHONE, l.callable(), phoneReason(l, l.callRevokedAt(),
                "calls")));
        return out;
    }

    private static String phoneReason(LeadProfile.Lead l, @Nullable Instant revokedAt, String what) {
        if (l.phone() == null) {
            return "No phone number.";
        }
        if (l.doNotCall()) {
            return "On the internal do-not-call list (no calls or texts).";
        }
        if (l.writtenConsentAt() == null) {
            return "No prior express written consent on record.";
        }
        if (revokedAt != null) {
            return "Consent to " + what + " revoked on " + day(revokedAt) + ".";
        }
        return "Prior express written consent given on " + day(l.writtenConsentAt()) + ".";
    }

    private static String day(Instant instant) {
        return instant.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String stateName(String code) {
        return UsStates.name(code);
    }

    private static void requireVersion(LeadProfile.Lead lead, long expectedVersion) {
        if (lead.version() != expectedVersion) {
            throw changedBySomeoneElse(lead.id());
        }
    }

    private static OptimisticLockingFailureException changedBySomeoneElse(long id) {
        return new OptimisticLockingFailureException("Lead " + id + " was changed by someone else");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
