package com.porchlight.scoring;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Storage of the draft and the published models (plain SQL; no security here — callers check). */
@Component
class ScoringModels {

    private final JdbcTemplate jdbc;

    ScoringModels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PublishedModel> live() {
        return jdbc.query(SELECT_MODEL + " ORDER BY version_no DESC LIMIT 1", MODEL).stream().findFirst();
    }

    Optional<PublishedModel> published(int versionNo) {
        return jdbc.query(SELECT_MODEL + " WHERE version_no = ?", MODEL, versionNo).stream().findFirst();
    }

    List<PublishedModel> history() {
        return jdbc.query(SELECT_MODEL + " ORDER BY version_no DESC", MODEL);
    }

    Optional<ScoringDraft> draft() {
        List<String> editors = jdbc.queryForList("SELECT email FROM scoring_draft_editor ORDER BY edited_at",
                String.class);
        return jdbc.query("SELECT model_json, version, based_on_version, updated_at, updated_by FROM scoring_draft "
                + "WHERE id = 1", (rs, n) -> new ScoringDraft(ScoringModelJson.read(rs.getString(1)), rs.getLong(2),
                        (Integer) rs.getObject(3, Integer.class), instant(rs.getObject(4, LocalDateTime.class)),
                        rs.getString(5), editors)).stream().findFirst();
    }

    /** Writes the draft if its version is still {@code expectedVersion}; false when someone saved in between. */
    boolean saveDraft(ScoringModel model, long expectedVersion, String by, Instant at) {
        int n = jdbc.update("UPDATE scoring_draft SET model_json = ?, updated_at = ?, updated_by = ?, "
                + "version = version + 1 WHERE id = 1 AND version = ?", ScoringModelJson.write(model), utc(at), by,
                expectedVersion);
        if (n == 1) {
            jdbc.update("INSERT INTO scoring_draft_editor (email, edited_at) VALUES (?, ?) "
                    + "ON DUPLICATE KEY UPDATE edited_at = VALUES(edited_at)", by, utc(at));
        }
        return n == 1;
    }

    /** Publishes a model as the next version; the draft restarts from it with no editors. */
    PublishedModel publish(ScoringModel model, String by, String draftedBy, @Nullable Integer rollbackOf,
            @Nullable String note, Instant at) {
        Integer last = jdbc.queryForObject("SELECT MAX(version_no) FROM scoring_model", Integer.class);
        int next = last == null ? 1 : last + 1;
        String json = ScoringModelJson.write(model);
        jdbc.update("INSERT INTO scoring_model (version_no, model_json, published_at, published_by, drafted_by, "
                + "rollback_of, note) VALUES (?, ?, ?, ?, ?, ?, ?)", next, json, utc(at), by, draftedBy, rollbackOf,
                note);
        jdbc.update("INSERT INTO scoring_draft (id, model_json, based_on_version, updated_at, updated_by, version) "
                + "VALUES (1, ?, ?, ?, ?, 0) ON DUPLICATE KEY UPDATE model_json = VALUES(model_json), "
                + "based_on_version = VALUES(based_on_version), updated_at = VALUES(updated_at), "
                + "updated_by = VALUES(updated_by), version = version + 1", json, next, utc(at), by);
        jdbc.update("DELETE FROM scoring_draft_editor");
        return published(next).orElseThrow();
    }

    /** Locks the draft row for a publication (so two CMOs cannot publish the same draft twice). */
    @Nullable Long lockDraft() {
        return jdbc.query("SELECT version FROM scoring_draft WHERE id = 1 FOR UPDATE",
                rs -> rs.next() ? rs.getLong(1) : null);
    }

    private static final String SELECT_MODEL = "SELECT version_no, model_json, published_at, published_by, drafted_by, "
            + "rollback_of, note FROM scoring_model";

    private static final RowMapper<PublishedModel> MODEL = (rs, n) -> new PublishedModel(rs.getInt(1),
            ScoringModelJson.read(rs.getString(2)), instant(rs.getObject(3, LocalDateTime.class)), rs.getString(4),
            rs.getString(5), (Integer) rs.getObject(6, Integer.class), rs.getString(7));

    static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC);
    }
}
