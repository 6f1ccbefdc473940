package com.porchlight.segment;

import com.porchlight.audit.AuditLog;
import com.porchlight.lead.LeadExportKind;
import com.porchlight.lead.LeadExportService;
import com.porchlight.lead.LeadSelection;
import com.porchlight.rate.MarketRate;
import com.porchlight.rate.MarketRateService;
import com.porchlight.rate.RateProduct;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import com.porchlight.segment.rule.CompiledRule;
import com.porchlight.segment.rule.RateTrigger;
import com.porchlight.segment.rule.Rule;
import com.porchlight.segment.rule.RuleContext;
import com.porchlight.segment.rule.RuleGroup;
import com.porchlight.segment.rule.RuleJson;
import com.porchlight.segment.rule.RuleProblem;
import com.porchlight.segment.rule.RuleReferences;
import com.porchlight.segment.rule.RuleSummary;
import com.porchlight.segment.rule.RuleValidator;
import com.porchlight.segment.rule.SqlCompiler;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segments: save (every save a new immutable version), restore, duplicate, delete (refused while something uses the
 * segment), count live, sample and export. A rule with any problem is never saved or counted: the caller gets every
 * problem with its place in the rule, and the segment's previous version stays as it was.
 */
@Service
public class SegmentService {

    /** How long a live count may run before the database stops it. */
    static final int COUNT_TIMEOUT_SECONDS = 30;

    private final JdbcTemplate jdbc;
    private final MarketRateService rates;
    private final LeadExportService exports;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService counting = Executors.newVirtualThreadPerTaskExecutor();

    SegmentService(JdbcTemplate jdbc, MarketRateService rates, LeadExportService exports, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.rates = rates;
        this.exports = exports;
        this.audit = audit;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        counting.shutdownNow();
    }

    // ---- the rule vocabulary -------------------------------------------------------------------------------------

    /** Names of the sources and loan officers rules refer to (for summaries and checks). */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public RuleReferences references() {
        Map<Long, String> sources = new ConcurrentHashMap<>();
        Map<Long, String> officers = new ConcurrentHashMap<>();
        return new RuleReferences() {
            @Override
            public @Nullable String sourceName(long id) {
                return sources.computeIfAbsent(id, k -> name("SELECT name FROM lead_source WHERE id = ?", k));
            }

            @Override
            public @Nullable String loanOfficerName(long id) {
                return officers.computeIfAbsent(id, k -> name("SELECT u.display_name FROM app_user u "
                        + "JOIN user_role r ON r.user_id = u.id AND r.role = '" + Roles.LOAN_OFFICER + "' "
                        + "WHERE u.id = ?", k));
            }
        };
    }

    private @Nullable String name(String sql, long id) {
        return jdbc.query(sql, rs -> rs.next() ? rs.getString(1) : null, id);
    }

    @PreAuthorize(SegmentAccess.HAS_READER)
    public List<SegmentOption> leadSources() {
        return jdbc.query("SELECT id, name FROM lead_source ORDER BY name", OPTION);
    }

    @PreAuthorize(SegmentAccess.HAS_READER)
    public List<SegmentOption> loanOfficers() {
        return jdbc.query("SELECT u.id, u.display_name FROM app_user u JOIN user_role r ON r.user_id = u.id "
                + "WHERE r.role = ? ORDER BY u.display_name", OPTION, Roles.LOAN_OFFICER);
    }

    /** People who may own a segment: enabled marketers, CMOs and administrators. */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public List<SegmentOption> possibleOwners() {
        return jdbc.query("SELECT DISTINCT u.id, u.display_name FROM app_user u JOIN user_role r ON r.user_id = u.id "
                + "WHERE u.enabled AND r.role IN (?, ?, ?) ORDER BY u.display_name", OPTION, Roles.MARKETER,
                Roles.CMO, Roles.ADMIN);
    }

    /** What a rule is evaluated against now: this moment and today's market rates. */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public RuleContext context() {
        Map<RateProduct, BigDecimal> today = new EnumMap<>(RateProduct.class);
        for (Map.Entry<RateProduct, MarketRate> e : rates.current().entrySet()) {
            today.put(e.getKey(), e.getValue().rate());
        }
        return new RuleContext(clock.instant(), today);
    }

    /** Every problem of the rule, each with its place; empty when it may be counted and saved. */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public List<RuleProblem> problems(RuleGroup rule) {
        return new RuleValidator(references()).validate(rule);
    }

    @PreAuthorize(SegmentAccess.HAS_READER)
    public String summary(RuleGroup rule) {
        return new RuleSummary(references()).describe(rule);
    }

    // ---- counting and sampling -----------------------------------------------------------------------------------

    /**
     * Counts the leads a rule matches, split by channel reachability. An empty rule counts every lead.
     *
     * @throws SegmentException when the rule has problems
     */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public SegmentCount count(RuleGroup rule) {
        CompiledRule sql = compileForCount(rule);
        return jdbc.execute((Connection c) -> runCount(c, sql, new PendingCount()));
    }

    /**
     * Starts a count in the background and returns at once; the builder cancels it when the rule changes again.
     *
     * @throws SegmentException when the rule has problems (nothing is started)
     */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public PendingCount countLive(RuleGroup rule) {
        CompiledRule sql = compileForCount(rule);
        PendingCount pending = new PendingCount();
        counting.submit(() -> {
            try {
                SegmentCount count = jdbc.execute((Connection c) -> runCount(c, sql, pending));
                if (count != null) {
                    pending.result().complete(count);
                }
            } catch (RuntimeException e) {
                pending.result().completeExceptionally(pending.isCancelled() ? new CancellationException() : e);
            }
        });
        return pending;
    }

    /** The SQL a count of this rule runs (for the benchmark and the curious): a WHERE over {@code leads l}. */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public CompiledRule compile(RuleGroup rule) {
        return compileForCount(rule);
    }

    private CompiledRule compileForCount(RuleGroup rule) {
        if (!rule.rules().isEmpty()) {
            List<RuleProblem> problems = problems(rule);
            if (!problems.isEmpty()) {
                throw new SegmentException("The rule has " + problems.size() + " problem"
                        + (problems.size() == 1 ? "" : "s") + ": " + problems.getFirst().message(), Map.of(),
                        problems);
            }
        }
        return SqlCompiler.compile(rule, usesRates(rule) ? context() : new RuleContext(clock.instant(), Map.of()));
    }

    /**
     * Whether the rule has a rate trigger. Only then are today's rates read: the read (the rate module's own
     * transaction) costs a few milliseconds, as much as a whole count of a small segment (docs/BENCHMARKS.md).
     */
    private static boolean usesRates(Rule rule) {
        return rule instanceof RateTrigger
                || rule instanceof RuleGroup g && g.rules().stream().anyMatch(SegmentService::usesRates);
    }

    static final String COUNT_SQL = "SELECT COUNT(*), COALESCE(SUM(l.emailable), 0), COALESCE(SUM(l.sms_ok), 0), "
            + "COALESCE(SUM(l.callable), 0) FROM leads l WHERE ";

    private static @Nullable SegmentCount runCount(Connection c, CompiledRule sql, PendingCount pending)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT_SQL + sql.where())) {
            ps.setQueryTimeout(COUNT_TIMEOUT_SECONDS);
            bind(ps, sql.params());
            if (!pending.running(ps)) {
                return null;
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new SegmentCount(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        } finally {
            pending.finished();
        }
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /** A page of the leads a rule matches, newest first. */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public List<SegmentMember> sample(RuleGroup rule, int offset, int limit) {
        CompiledRule sql = compileForCount(rule);
        List<Object> params = new ArrayList<>(sql.params());
        params.add(limit);
        params.add(offset);
        return jdbc.query("SELECT l.id, l.first_name, l.last_name, l.state, l.loan_purpose, l.loan_program, "
                + "l.credit_band, l.stage, l.current_rate, l.received_at, l.last_activity_at, l.emailable, l.sms_ok, "
                + "l.callable FROM leads l WHERE " + sql.where() + " ORDER BY l.id DESC LIMIT ? OFFSET ?",
                (rs, n) -> new SegmentMember(rs.getLong(1), rs.getString(2) + " " + rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBigDecimal(9), instant(rs, 10), nullableInstant(rs, 11), rs.getBoolean(12),
                        rs.getBoolean(13), rs.getBoolean(14)),
                params.toArray());
    }

    // ---- reading segments ----------------------------------------------------------------------------------------

    @PreAuthorize(SegmentAccess.HAS_READER)
    public long countSegments(String search) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM segment s WHERE s.deleted_at IS NULL AND s.name LIKE ?",
                Long.class, like(search));
        return n == null ? 0 : n;
    }

    /** Segments, most recently changed first. */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public List<SegmentSummary> list(String search, int offset, int limit) {
        return jdbc.query("SELECT s.id, s.name, s.description, u.display_name, s.current_version, v.summary, "
                + "s.updated_at, s.updated_by FROM segment s JOIN app_user u ON u.id = s.owner_id "
                + "JOIN segment_version v ON v.segment_id = s.id AND v.version_no = s.current_version "
                + "WHERE s.deleted_at IS NULL AND s.name LIKE ? ORDER BY s.updated_at DESC, s.id DESC LIMIT ? OFFSET ?",
                (rs, n) -> new SegmentSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), instant(rs, 7), rs.getString(8)),
                like(search), limit, offset);
    }

    /** The current version of a segment. */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public Optional<SegmentVersion> get(long segmentId) {
        return version(segmentId, null);
    }

    /** Any saved version of a segment. */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public Optional<SegmentVersion> version(long segmentId, @Nullable Integer versionNo) {
        List<SegmentVersion> found = jdbc.query("SELECT v.segment_id, v.version_no, v.name, v.description, v.owner_id,"
                + " u.display_name, v.rule_json, v.summary, v.saved_at, v.saved_by, v.restored_from, s.current_version "
                + "FROM segment s JOIN segment_version v ON v.segment_id = s.id "
                + "JOIN app_user u ON u.id = v.owner_id WHERE s.id = ? AND s.deleted_at IS NULL "
                + "AND v.version_no = COALESCE(?, s.current_version)", VERSION, segmentId, versionNo);
        return found.stream().findFirst();
    }

    /** Every version, newest first. */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public List<SegmentVersion> versions(long segmentId) {
        return jdbc.query("SELECT v.segment_id, v.version_no, v.name, v.description, v.owner_id, u.display_name, "
                + "v.rule_json, v.summary, v.saved_at, v.saved_by, v.restored_from, s.current_version "
                + "FROM segment s JOIN segment_version v ON v.segment_id = s.id "
                + "JOIN app_user u ON u.id = v.owner_id WHERE s.id = ? AND s.deleted_at IS NULL "
                + "ORDER BY v.version_no DESC", VERSION, segmentId);
    }

    /** What uses the segment (and so keeps it from being deleted). */
    @PreAuthorize(SegmentAccess.HAS_READER)
    public List<SegmentUse> uses(long segmentId) {
        return jdbc.query("SELECT used_by_kind, used_by_id, used_by_name, since FROM segment_usage "
                + "WHERE segment_id = ? ORDER BY since", (rs, n) -> new SegmentUse(rs.getString(1), rs.getLong(2),
                        rs.getString(3), instant(rs, 4)), segmentId);
    }

    // ---- changing segments ---------------------------------------------------------------------------------------

    /**
     * Creates a segment (version 1).
     *
     * @throws SegmentException with every problem of the form and the rule; nothing is written
     */
    @PreAuthorize(SegmentAccess.HAS_EDITOR)
    @Transactional
    public SegmentVersion create(SegmentForm form) {
        String summary = check(form, null);
        Instant now = clock.instant();
        String by = CurrentUser.nameOrSystem();
        long id;
        try {
            id = insertSegment(form, now, by);
        } catch (DuplicateKeyException e) {
            throw nameTaken(form.name());
        }
        insertVersion(id, 1, form, summary, now, by, null);
        audit.record("SEGMENT_CREATED", "Segment \"" + form.name().strip() + "\"", summary);
        return get(id).orElseThrow();
    }

    /**
     * Saves the form as the segment's next version. {@code basedOnVersion} is the version the editor started from: if
     * someone saved in between, nothing is written and the editor keeps its work.
     */
    @PreAuthorize(SegmentAccess.HAS_EDITOR)
    @Transactional
    public SegmentVersion save(long segmentId, int basedOnVersion, SegmentForm form) {
        String summary = check(form, segmentId);
        int next = lockNext(segmentId, basedOnVersion);
        Instant now = clock.instant();
        String by = CurrentUser.nameOrSystem();
        try {
            jdbc.update("UPDATE segment SET name = ?, description = ?, owner_id = ?, current_version = ?, "
                    + "updated_at = ?, updated_by = ? WHERE id = ?", form.name().strip(), blankToNull(form.description()),
                    form.ownerId(), next, utc(now), by, segmentId);
        } catch (DuplicateKeyException e) {
            throw nameTaken(form.name());
        }
        insertVersion(segmentId, next, form, summary, now, by, null);
        audit.record("SEGMENT_SAVED", "Segment \"" + form.name().strip() + "\" version " + next, summary);
        return get(segmentId).orElseThrow();
    }

    /** Makes an old version the newest one again (as a new version; history is never rewritten). */
    @PreAuthorize(SegmentAccess.HAS_EDITOR)
    @Transactional
    public SegmentVersion restore(long segmentId, int versionNo, int basedOnVersion) {
        SegmentVersion old = version(segmentId, versionNo)
                .orElseThrow(() -> new SegmentException("Version " + versionNo + " of this segment does not exist."));
        SegmentForm form = new SegmentForm(old.name(), old.description(), old.ownerId(), old.rule());
        String summary;
        try {
            summary = check(form, segmentId);
        } catch (SegmentException e) {
            throw new SegmentException("Version " + versionNo + " cannot be restored as it is: "
                    + (e.ruleProblems().isEmpty() ? e.getMessage() : e.ruleProblems().getFirst().message())
                    + " Open it, correct it and save it instead.", e.fieldErrors(), e.ruleProblems());
        }
        int next = lockNext(segmentId, basedOnVersion);
        Instant now = clock.instant();
        String by = CurrentUser.nameOrSystem();
        try {
            jdbc.update("UPDATE segment SET name = ?, description = ?, owner_id = ?, current_version = ?, "
                    + "updated_at = ?, updated_by = ? WHERE id = ?", old.name(), old.description(), old.ownerId(),
                    next, utc(now), by, segmentId);
        } catch (DuplicateKeyException e) {
            throw nameTaken(old.name());
        }
        insertVersion(segmentId, next, form, summary, now, by, versionNo);
        audit.record("SEGMENT_RESTORED", "Segment \"" + old.name() + "\" version " + versionNo + " restored as "
                + next, summary);
        return get(segmentId).orElseThrow();
    }

    /** A copy of the segment's current version as a new segment owned by the current user, named "Copy of …". */
    @PreAuthorize(SegmentAccess.HAS_EDITOR)
    @Transactional
    public SegmentVersion duplicate(long segmentId) {
        SegmentVersion source = get(segmentId)
                .orElseThrow(() -> new SegmentException("This segment no longer exists."));
        String name = freeName("Copy of " + source.name());
        long owner = CurrentUser.id().orElse(source.ownerId());
        return create(new SegmentForm(name, source.description(), owner, source.rule()));
    }

    /** Deletes a segment nothing uses; its versions and exports stay on record. */
    @PreAuthorize(SegmentAccess.HAS_EDITOR)
    @Transactional
    public void delete(long segmentId) {
        SegmentVersion current = get(segmentId)
                .orElseThrow(() -> new SegmentException("This segment no longer exists."));
        jdbc.query("SELECT id FROM segment WHERE id = ? FOR UPDATE", rs -> null, segmentId);
        List<SegmentUse> uses = uses(segmentId);
        if (!uses.isEmpty()) {
            throw new SegmentException("\"" + current.name() + "\" cannot be deleted: it is used by "
                    + String.join(", ", uses.stream().map(u -> u.kind() + " \"" + u.name() + "\"").toList())
                    + ". Remove it there first.");
        }
        jdbc.update("UPDATE segment SET deleted_at = ?, deleted_by = ? WHERE id = ?", utc(clock.instant()),
                CurrentUser.nameOrSystem(), segmentId);
        audit.record("SEGMENT_DELETED", "Segment \"" + current.name() + "\"", "Deleted at version "
                + current.versionNo());
    }

    /** Records that a campaign or automation uses the segment (it then cannot be deleted). */
    @PreAuthorize(SegmentAccess.HAS_EDITOR)
    @Transactional
    public void markUsed(long segmentId, String kind, long usedById, String usedByName) {
        get(segmentId).orElseThrow(() -> new SegmentException("This segment no longer exists."));
        jdbc.update("INSERT INTO segment_usage (segment_id, used_by_kind, used_by_id, used_by_name, since) "
                + "VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE used_by_name = VALUES(used_by_name)", segmentId,
                kind, usedById, usedByName, utc(clock.instant()));
    }

    @PreAuthorize(SegmentAccess.HAS_EDITOR)
    @Transactional
    public void release(long segmentId, String kind, long usedById) {
        jdbc.update("DELETE FROM segment_usage WHERE segment_id = ? AND used_by_kind = ? AND used_by_id = ?",
                segmentId, kind, usedById);
    }

    // ---- export --------------------------------------------------------------------------------------------------

    @PreAuthorize(SegmentAccess.HAS_EDITOR)
    public String exportFileName(long segmentId, LeadExportKind kind) {
        String name = get(segmentId).map(SegmentVersion::name).orElse("segment");
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "segment-" + (slug.isEmpty() ? segmentId : slug) + "-" + kind.name().toLowerCase().replace('_', '-')
                + "-" + clock.instant().toString().substring(0, 10) + ".csv";
    }

    /** How many members an export of this kind would hold (the channel's consent applied). */
    @PreAuthorize(SegmentAccess.HAS_EDITOR)
    public long exportCount(long segmentId, LeadExportKind kind) {
        return exports.count(selection(segmentId), kind);
    }

    /**
     * Writes the current version's members as CSV. Channel lists hold only members whose consent allows the channel —
     * enforced by the lead export's SQL — and the export is recorded with the segment and version.
     */
    @PreAuthorize(SegmentAccess.HAS_EDITOR)
    public long export(long segmentId, LeadExportKind kind, OutputStream out) throws IOException {
        return exports.export(selection(segmentId), kind, out);
    }

    private LeadSelection selection(long segmentId) {
        SegmentVersion v = get(segmentId).orElseThrow(() -> new SegmentException("This segment no longer exists."));
        CompiledRule sql = compileForCount(v.rule());
        return new LeadSelection(sql.where(), sql.params(), "segment \"" + v.name() + "\" version " + v.versionNo()
                + " (" + v.summary() + ")", segmentId, v.versionNo());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** Checks the form; returns the rule's summary. */
    private String check(SegmentForm form, @Nullable Long segmentId) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            errors.put("name", "Give the segment a name.");
        } else if (name.length() > 120) {
            errors.put("name", "A name can be at most 120 characters (this one has " + name.length() + ").");
        } else {
            Long other = jdbc.query("SELECT id FROM segment WHERE live_name = ?", rs -> rs.next() ? rs.getLong(1)
                    : null, name);
            if (other != null && !other.equals(segmentId)) {
                errors.put("name", "Another segment is already called \"" + name + "\".");
            }
        }
        if (form.description() != null && form.description().length() > 1000) {
            errors.put("description", "A description can be at most 1,000 characters.");
        }
        if (possibleOwners().stream().noneMatch(o -> o.id() == form.ownerId())) {
            errors.put("owner", "The owner must be an active marketer, CMO or administrator.");
        }
        RuleReferences refs = references();
        List<RuleProblem> problems = new RuleValidator(refs).validate(form.rule());
        if (!errors.isEmpty() || !problems.isEmpty()) {
            String first = !errors.isEmpty() ? errors.values().iterator().next() : problems.getFirst().message();
            throw new SegmentException("Not saved: " + first, errors, problems);
        }
        String summary = new RuleSummary(refs).describe(form.rule());
        return summary.length() > 2000 ? summary.substring(0, 1999) + "…" : summary;
    }

    private int lockNext(long segmentId, int basedOnVersion) {
        Integer current = jdbc.query("SELECT current_version FROM segment WHERE id = ? AND deleted_at IS NULL "
                + "FOR UPDATE", rs -> rs.next() ? rs.getInt(1) : null, segmentId);
        if (current == null) {
            throw new SegmentException("This segment was deleted meanwhile.");
        }
        if (current != basedOnVersion) {
            throw new SegmentException("Someone saved version " + current + " of this segment while you were editing "
                    + "version " + basedOnVersion + ". Your changes are still on screen: reload the segment in "
                    + "another tab to compare, then save again.");
        }
        return current + 1;
    }

    private long insertSegment(SegmentForm form, Instant now, String by) {
        return jdbc.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO segment (name, description, owner_id, "
                    + "current_version, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, 1, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, form.name().strip());
                ps.setString(2, blankToNull(form.description()));
                ps.setLong(3, form.ownerId());
                ps.setObject(4, utc(now));
                ps.setString(5, by);
                ps.setObject(6, utc(now));
                ps.setString(7, by);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private void insertVersion(long segmentId, int versionNo, SegmentForm form, String summary, Instant now, String by,
            @Nullable Integer restoredFrom) {
        jdbc.update("INSERT INTO segment_version (segment_id, version_no, name, description, owner_id, rule_json, "
                + "summary, saved_at, saved_by, restored_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", segmentId,
                versionNo, form.name().strip(), blankToNull(form.description()), form.ownerId(),
                RuleJson.write(form.rule()), summary, utc(now), by, restoredFrom);
    }

    private String freeName(String wanted) {
        String base = wanted.length() > 110 ? wanted.substring(0, 110) : wanted;
        String name = base;
        for (int i = 2; jdbc.queryForObject("SELECT COUNT(*) FROM segment WHERE live_name = ?", Long.class, name) > 0;
                i++) {
            name = base + " (" + i + ")";
        }
        return name;
    }

    private static SegmentException nameTaken(String name) {
        return new SegmentException("Not saved: another segment is already called \"" + name.strip() + "\".",
                Map.of("name", "Another segment is already called \"" + name.strip() + "\"."), List.of());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String like(String search) {
        return "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static final RowMapper<SegmentOption> OPTION = (rs, n) -> new SegmentOption(rs.getLong(1),
            rs.getString(2));

    private static final RowMapper<SegmentVersion> VERSION = (rs, n) -> new SegmentVersion(rs.getLong(1), rs.getInt(2),
            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), RuleJson.read(rs.getString(7)),
            rs.getString(8), instant(rs, 9), rs.getString(10), (Integer) rs.getObject(11, Integer.class),
            rs.getInt(2) == rs.getInt(12));
}
