package com.porchlight.creative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit trail of creatives. Each record carries the previous record's hash and its own
 * hash over both; the head row names the newest link, and appending locks it, so links are written one at a time in
 * {@code seq} order. Changing, deleting or reordering any record (the schema's triggers already refuse UPDATE and
 * DELETE) breaks the chain at that record, and {@link #verify()} says where.
 */
@Component
class CreativeAuditChain {

    static final String GENESIS = "0".repeat(64);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CreativeAuditChain(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends a record in the caller's transaction: if the change rolls back, so does its record. */
    @Transactional(propagation = Propagation.MANDATORY)
    AuditRecord append(@Nullable Long creativeId, String actor, String event, @Nullable Integer versionNo,
            @Nullable String contentHash, String details) {
        var head = jdbc.queryForMap("SELECT seq, row_hash FROM creative_audit_head WHERE id = 1 FOR UPDATE");
        long seq = ((Number) head.get("seq")).longValue() + 1;
        String prev = (String) head.get("row_hash");
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(prev, seq, creativeId, at, actor, event, versionNo, contentHash, details);
        jdbc.update("""
                INSERT INTO creative_audit (seq, creative_id, occurred_at, actor, event, version_no, content_hash,
                                            details, prev_hash, row_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", seq, creativeId, LocalDateTime.ofInstant(at, ZoneOffset.UTC),
                actor, event, versionNo, contentHash, details, prev, hash);
        jdbc.update("UPDATE creative_audit_head SET seq = ?, row_hash = ? WHERE id = 1", seq, hash);
        return new AuditRecord(seq, creativeId, at, actor, event, versionNo, contentHash, details, prev, hash);
    }

    static String hash(String prev, long seq, @Nullable Long creativeId, Instant at, String actor, String event,
            @Nullable Integer versionNo, @Nullable String contentHash, String details) {
        StringBuilder sb = new StringBuilder("porchlight-creative-audit/1\n");
        // Null is written as length -1, so a NULL and an empty value never hash alike.
        for (String v : new String[] {prev, Long.toString(seq), creativeId == null ? null : creativeId.toString(),
                at.toString(), actor, event, versionNo == null ? null : versionNo.toString(), contentHash, details}) {
            if (v == null) {
                sb.append("-1:\n");
            } else {
                sb.append(v.length()).append(':').append(v).append('\n');
            }
        }
        return CreativeHash.sha256(sb.toString());
    }

    /** Walks the whole chain in order, streaming, and reports the first link that does not verify. */
    @Transactional(readOnly = true)
    ChainVerification verify() {
        Instant now = clock.instant();
        var state = new Object() {
            long expectedSeq = 1;
            String prev = GENESIS;
            long checked;
            @Nullable Long broken;
            @Nullable String problem;
        };
        jdbc.query("SELECT " + COLUMNS + " FROM creative_audit ORDER BY seq", (RowCallbackHandler) rs -> {
            if (state.broken != null) {
                return;
            }
            AuditRecord r = map(rs);
            state.checked++;
            if (r.seq() != state.expectedSeq) {
                state.broken = state.expectedSeq;
                state.problem = "record " + state.expectedSeq + " is missing (the next record is " + r.seq() + ")";
            } else if (!r.prevHash().equals(state.prev)) {
                state.broken = r.seq();
                state.problem = "it does not point at the record before it (a record was removed or replaced)";
            } else if (!r.rowHash().equals(hash(r.prevHash(), r.seq(), r.creativeId(), r.occurredAt(), r.actor(),
                    r.event(), r.versionNo(), r.contentHash(), r.details()))) {
                state.broken = r.seq();
                state.problem = "its content does not match its hash (the record was changed after it was written)";
            }
            state.prev = r.rowHash();
            state.expectedSeq = r.seq() + 1;
        });
        if (state.broken != null) {
            return new ChainVerification(false, state.checked, state.broken, state.problem, now);
        }
        var head = jdbc.queryForMap("SELECT seq, row_hash FROM creative_audit_head WHERE id = 1");
        long headSeq = ((Number) head.get("seq")).longValue();
        if (headSeq != state.expectedSeq - 1 || !state.prev.equals(head.get("row_hash"))) {
            long missing = Math.min(headSeq, state.expectedSeq);
            return new ChainVerification(false, state.checked, missing,
                    "the chain ends at record " + (state.expectedSeq - 1) + " but its head names record " + headSeq
                            + " (records at the end were removed)", now);
        }
        // The versions themselves: their stored content must still produce the hash approvals name.
        var mismatch = new Object() {
            @Nullable String problem;
        };
        jdbc.query("SELECT creative_id, version_no, content_json, content_hash FROM creative_version "
                + "ORDER BY creative_id, version_no", (RowCallbackHandler) rs -> {
                    if (mismatch.problem != null) {
                        return;
                    }
                    ContentJson.Stored stored = ContentJson.read(rs.getString(3));
                    if (!CreativeHash.of(stored.content(), stored.quote()).equals(rs.getString(4))) {
                        mismatch.problem = "version " + rs.getInt(2) + " of creative " + rs.getLong(1)
                                + " no longer matches its content hash (its stored content was changed)";
                    }
                });
        if (mismatch.problem != null) {
            return new ChainVerification(false, state.checked, null, mismatch.problem, now);
        }
        return new ChainVerification(true, state.checked, null, null, now);
    }

    static final String COLUMNS = "seq, creative_id, occurred_at, actor, event, version_no, content_hash, details, "
            + "prev_hash, row_hash";

    static AuditRecord map(ResultSet rs) throws SQLException {
        long creative = rs.getLong(2);
        Long creativeId = rs.wasNull() ? null : creative;
        int version = rs.getInt(6);
        Integer versionNo = rs.wasNull() ? null : version;
        return new AuditRecord(rs.getLong(1), creativeId, rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString(4), rs.getString(5), versionNo, rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10));
    }

    List<AuditRecord> of(long creativeId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM creative_audit WHERE creative_id = ? ORDER BY seq",
                (rs, i) -> map(rs), creativeId);
    }

    List<AuditRecord> between(Instant from, Instant to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM creative_audit WHERE occurred_at >= ? AND occurred_at < ? "
                + "ORDER BY seq", (rs, i) -> map(rs), LocalDateTime.ofInstant(from, ZoneOffset.UTC),
                LocalDateTime.ofInstant(to, ZoneOffset.UTC));
    }
}
