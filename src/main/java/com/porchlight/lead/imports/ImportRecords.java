package com.porchlight.lead.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The lead_import and lead_import_error rows: plain SQL, every value a bound parameter. */
@Component
class ImportRecords {

    static final int MAX_REASON = 1000;
    static final int MAX_RAW_LINE = 2000;
    static final int MAX_MESSAGE = 1000;
    private static final String SUMMARY = """
            SELECT i.id, i.source_id, s.name, i.file_name, i.file_sha256, i.status, i.total_rows, i.imported,
                   i.duplicates, i.rejected, i.message, i.started_by, i.started_at, i.finished_at
              FROM lead_import i JOIN lead_source s ON s.id = i.source_id
            """;

    /** A rejected row of the file. */
    record Rejection(long line, String reason, String rawLine) {
    }

    private final JdbcTemplate jdbc;

    ImportRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(long sourceId, String fileName, String sha256, long totalRows, String startedBy, Instant at) {
        return Objects.requireNonNull(jdbc.queryForObject("""
                INSERT INTO lead_import (source_id, file_name, file_sha256, status, total_rows, started_by, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, Long.class, sourceId, cut(fileName, 255), sha256, ImportStatus.RUNNING.name(), totalRows,
                startedBy, utc(at)));
    }

    void addCounts(long id, long imported, long duplicates, long rejected) {
        jdbc.update("UPDATE lead_import SET imported = imported + ?, duplicates = duplicates + ?, "
                + "rejected = rejected + ? WHERE id = ?", imported, duplicates, rejected, id);
    }

    void insertErrors(long id, List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO lead_import_error (import_id, line_number, reason, raw_line) VALUES "
                + String.join(", ", Collections.nCopies(rejections.size(), "(?, ?, ?, ?)"));
        List<Object> args = new ArrayList<>(rejections.size() * 4);
        for (Rejection r : rejections) {
            args.add(id);
            args.add(r.line());
            args.add(cut(r.reason(), MAX_REASON));
            args.add(cut(r.rawLine(), MAX_RAW_LINE));
        }
        jdbc.update(sql, args.toArray());
    }

    void finish(long id, ImportStatus status, @Nullable String message, Instant at) {
        jdbc.update("UPDATE lead_import SET status = ?, message = ?, finished_at = ? WHERE id = ?", status.name(),
                message == null ? null : cut(message, MAX_MESSAGE), utc(at), id);
    }

    /** Imports left RUNNING by an application that stopped: their worker is gone. */
    int failAbandoned(String message, Instant at) {
        return jdbc.update("UPDATE lead_import SET status = ?, message = ?, finished_at = ? WHERE status = ?",
                ImportStatus.FAILED.name(), message, utc(at), ImportStatus.RUNNING.name());
    }

    Optional<ImportSummary> find(long id) {
        return jdbc.query(SUMMARY + " WHERE i.id = ?", ImportRecords::summary, id).stream().findFirst();
    }

    List<ImportSummary> page(int offset, int limit) {
        return jdbc.query(SUMMARY + " ORDER BY i.started_at DESC, i.id DESC LIMIT ? OFFSET ?",
                ImportRecords::summary, limit, offset);
    }

    List<ImportSummary> withSha(String sha256, int limit) {
        return jdbc.query(SUMMARY + " WHERE i.file_sha256 = ? ORDER BY i.id DESC LIMIT ?", ImportRecords::summary,
                sha256, limit);
    }

    /** Streams the rejected rows in line order, without holding them all in memory. */
    void writeErrors(long id, Writer out) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT line_number, reason, raw_line FROM lead_import_error "
                    + "WHERE import_id = ? ORDER BY line_number");
            ps.setLong(1, id);
            ps.setFetchSize(1000);
            return ps;
        }, (ResultSet rs) -> {
            try {
                CsvCells.writeRow(out, List.of(Long.toString(rs.getLong(1)), rs.getString(2),
                        Objects.requireNonNullElse(rs.getString(3), "")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static ImportSummary summary(ResultSet rs, int row) throws SQLException {
        long imported = rs.getLong(8);
        long duplicates = rs.getLong(9);
        long rejected = rs.getLong(10);
        LocalDateTime finished = rs.getObject(14, LocalDateTime.class);
        return new ImportSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                ImportStatus.valueOf(rs.getString(6)), rs.getLong(7), imported + duplicates + rejected, imported,
                duplicates, rejected, 0, 0, rs.getString(11), rs.getString(12),
                rs.getObject(13, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                finished == null ? null : finished.toInstant(ZoneOffset.UTC));
    }

    static String cut(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
