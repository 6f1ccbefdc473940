package com.porchlight.creative;

import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.PartKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and writes the creative tables; the rules live in {@link CreativeService}. */
@Component
class CreativeStore {

    private final JdbcTemplate jdbc;

    CreativeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static @Nullable LocalDateTime utc(@Nullable Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    static final String SUMMARY_COLUMNS = "c.id, c.name, c.channel, c.status, c.current_version_no, c.owner_email, "
            + "c.created_at, c.updated_at, c.submitted_at, c.claimed_by, c.stale, c.stale_reason, c.expires_on, "
            + "c.retired_reason, c.version";

    static CreativeSummary summary(ResultSet rs) throws SQLException {
        return new CreativeSummary(rs.getLong("id"), rs.getString("name"), Channel.valueOf(rs.getString("channel")),
                CreativeStatus.valueOf(rs.getString("status")), rs.getInt("current_version_no"),
                rs.getString("owner_email"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "submitted_at"), rs.getString("claimed_by"), rs.getBoolean("stale"),
                rs.getString("stale_reason"), rs.getObject("expires_on", LocalDate.class),
                rs.getString("retired_reason"), rs.getLong("version"));
    }

    Optional<CreativeSummary> summary(long id, boolean forUpdate) {
        return jdbc.query("SELECT " + SUMMARY_COLUMNS + " FROM creative c WHERE c.id = ?"
                + (forUpdate ? " FOR UPDATE" : ""), (rs, i) -> summary(rs), id).stream().findFirst();
    }

    long insertCreative(String name, Channel channel, String owner, Instant now) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO creative (name, channel, status, current_version_no, owner_email, created_at,
                                          updated_at)
                    VALUES (?, ?, 'DRAFT', 1, ?, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, name);
            ps.setString(2, channel.name());
            ps.setString(3, owner);
            ps.setObject(4, utc(now));
            ps.setObject(5, utc(now));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    void insertVersion(long creativeId, int versionNo, CreativeContent content, @Nullable RateQuote quote,
            String hash, String by, Instant at, @Nullable String sanitiserNote) {
        jdbc.update("""
                INSERT INTO creative_version (creative_id, version_no, content_json, content_hash, created_by,
                                              created_at, sanitiser_note)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", creativeId, versionNo, ContentJson.write(content, quote), hash, by,
                utc(at), sanitiserNote);
    }

    static final String VERSION_COLUMNS = "creative_id, version_no, content_json, content_hash, created_by, "
            + "created_at, sanitiser_note";

    static CreativeVersion version(ResultSet rs) throws SQLException {
        ContentJson.Stored stored = ContentJson.read(rs.getString("content_json"));
        return new CreativeVersion(rs.getLong("creative_id"), rs.getInt("version_no"), stored.content(),
                stored.quote(), rs.getString("content_hash"), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getString("sanitiser_note"));
    }

    Optional<CreativeVersion> version(long creativeId, int versionNo) {
        return jdbc.query("SELECT " + VERSION_COLUMNS + " FROM creative_version WHERE creative_id = ? AND version_no = ?",
                (rs, i) -> version(rs), creativeId, versionNo).stream().findFirst();
    }

    List<CreativeVersion> versions(long creativeId) {
        return jdbc.query("SELECT " + VERSION_COLUMNS + " FROM creative_version WHERE creative_id = ? "
                + "ORDER BY version_no DESC", (rs, i) -> version(rs), creativeId);
    }

    /**
     * Everyone who authored or edited any version, and the owner — of this creative and of every creative it was
     * duplicated from, so a copy never launders its source's authorship.
     */
    Set<String> editors(long creativeId) {
        Set<String> out = new LinkedHashSet<>();
        Set<Long> seen = new java.util.HashSet<>();
        Long id = creativeId;
        while (id != null && seen.add(id)) {
            out.addAll(jdbc.queryForList("SELECT owner_email FROM creative WHERE id = ?", String.class, id));
            out.addAll(jdbc.queryForList("SELECT DISTINCT created_by FROM creative_version WHERE creative_id = ?",
                    String.class, id));
            List<Long> source = jdbc.queryForList("SELECT duplicated_from FROM creative WHERE id = ? "
                    + "AND duplicated_from IS NOT NULL", Long.class, id);
            id = source.isEmpty() ? null : source.getFirst();
        }
        return out;
    }

    void markDuplicate(long copyId, long sourceId) {
        jdbc.update("UPDATE creative SET duplicated_from = ? WHERE id = ?", sourceId, copyId);
    }

    void insertCheck(long creativeId, int versionNo, String hash, String verdict, List<Finding> findings, String by,
            Instant at) {
        jdbc.update("""
                INSERT INTO creative_check (creative_id, version_no, content_hash, verdict, findings_json, checked_at,
                                            checked_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", creativeId, versionNo, hash, verdict, ContentJson.writeFindings(findings),
                utc(at), by);
    }

    /** The check stored with the newest submission of a version. */
    Optional<SubmittedCheck> lastCheck(long creativeId, int versionNo) {
        return jdbc.query("""
                SELECT version_no, content_hash, verdict, findings_json, checked_at, checked_by FROM creative_check
                WHERE creative_id = ? AND version_no = ? ORDER BY id DESC LIMIT 1""", (rs, i) -> check(rs),
                creativeId, versionNo).stream().findFirst();
    }

    List<SubmittedCheck> checks(long creativeId) {
        return jdbc.query("""
                SELECT version_no, content_hash, verdict, findings_json, checked_at, checked_by FROM creative_check
                WHERE creative_id = ? ORDER BY id""", (rs, i) -> check(rs), creativeId);
    }

    private static SubmittedCheck check(ResultSet rs) throws SQLException {
        return new SubmittedCheck(rs.getInt(1), rs.getString(2), rs.getString(3), ContentJson.readFindings(rs.getString(4)),
                instant(rs, "checked_at"), rs.getString(6));
    }

    void insertOverride(long creativeId, int versionNo, String hash, Finding f, String justification, String by,
            Instant at) {
        jdbc.update("""
                INSERT INTO creative_override (creative_id, version_no, content_hash, rule_id, part_kind, part_index,
                                               span_start, span_end, justification, overridden_by, overridden_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", creativeId, versionNo, hash, f.ruleId(), f.part().name(),
                f.partIndex(), f.start(), f.end(), justification, by, utc(at));
    }

    List<FindingOverride> overrides(long creativeId, @Nullable Integer versionNo) {
        return jdbc.query("""
                SELECT version_no, content_hash, rule_id, part_kind, part_index, span_start, span_end, justification,
                       overridden_by, overridden_at
                FROM creative_override WHERE creative_id = ? AND (? IS NULL OR version_no = ?) ORDER BY id""",
                (rs, i) -> new FindingOverride(rs.getInt(1), rs.getString(2), rs.getString(3),
                        PartKind.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8),
                        rs.getString(9), instant(rs, "overridden_at")), creativeId, versionNo, versionNo);
    }

    void insertReview(long creativeId, int versionNo, String hash, ReviewDecision.Stage stage,
            ReviewDecision.Decision decision, String reviewer, Instant at, @Nullable Map<Integer, ChecklistAnswer> checklist,
            @Nullable String note) {
        jdbc.update("""
                INSERT INTO creative_review (creative_id, version_no, content_hash, stage, decision, reviewer,
                                             decided_at, checklist_json, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", creativeId, versionNo, hash, stage.name(), decision.name(),
                reviewer, utc(at), checklist == null ? null : ContentJson.writeChecklist(checklist), note);
    }

    List<ReviewDecision> reviews(long creativeId) {
        return jdbc.query("""
                SELECT version_no, content_hash, stage, decision, reviewer, decided_at, checklist_json, note
                FROM creative_review WHERE creative_id = ? ORDER BY id""",
                (rs, i) -> new ReviewDecision(rs.getInt(1), rs.getString(2),
                        ReviewDecision.Stage.valueOf(rs.getString(3)), ReviewDecision.Decision.valueOf(rs.getString(4)),
                        rs.getString(5), instant(rs, "decided_at"), ContentJson.readChecklist(rs.getString(7)),
                        rs.getString(8)), creativeId);
    }

    long insertComment(long creativeId, int versionNo, String hash, CommentDraft c, @Nullable String quote,
            String author, Instant at) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO creative_comment (creative_id, version_no, content_hash, rule_id, field, item_index,
                                                  span_start, span_end, quote, body, author, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, creativeId);
            ps.setInt(2, versionNo);
            ps.setString(3, hash);
            ps.setString(4, c.ruleId());
            ps.setString(5, c.field() == null ? null : c.field().name());
            ps.setObject(6, c.itemIndex());
            ps.setObject(7, c.start());
            ps.setObject(8, c.end());
            ps.setString(9, quote);
            ps.setString(10, c.body());
            ps.setString(11, author);
            ps.setObject(12, utc(at));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    List<ReviewComment> comments(long creativeId, @Nullable Integer versionNo) {
        return jdbc.query("""
                SELECT id, version_no, rule_id, field, item_index, span_start, span_end, quote, body, author, created_at
                FROM creative_comment WHERE creative_id = ? AND (? IS NULL OR version_no = ?) ORDER BY id""",
                (rs, i) -> new ReviewComment(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4) == null ? null : CreativeField.valueOf(rs.getString(4)),
                        (Integer) rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
                        rs.getObject(7, Integer.class), rs.getString(8), rs.getString(9), rs.getString(10),
                        instant(rs, "created_at")), creativeId, versionNo, versionNo);
    }

    CreativePolicy policy() {
        Map<Channel, Boolean> cmo = new EnumMap<>(Channel.class);
        jdbc.query("SELECT channel, cmo_required FROM creative_channel_policy", rs -> {
            cmo.put(Channel.valueOf(rs.getString(1)), rs.getBoolean(2));
        });
        return jdbc.queryForObject("SELECT stale_bps, stale_days, sla_business_days, version FROM creative_policy "
                + "WHERE id = 1", (rs, i) -> new CreativePolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3), cmo,
                        rs.getLong(4)));
    }
}
