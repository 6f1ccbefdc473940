package com.porchlight.lead;

import com.porchlight.base.Csv;
import com.porchlight.audit.AuditLog;
import com.porchlight.security.CurrentUser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV export of the filtered Leads grid, streamed: rows go from a streaming result set straight to the response, so a
 * million-lead export never sits in memory. Channel lists contain only leads with consent on that channel — a
 * condition of the SQL, not of the screen — and the analysis export has no contact details. Cells that a spreadsheet
 * would run as a formula are neutralised. Every export, finished or broken off, is recorded in {@code lead_export} and
 * in the audit log with who, when, what and how many rows.
 */
@Service
public class LeadExportService {

    /** Rows fetched from the database per round trip while streaming. */
    static final int FETCH_SIZE = 1000;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;

    LeadExportService(JdbcTemplate jdbc, DataSource dataSource, TransactionTemplate tx, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** The file that {@link #export} would write now: a file name for the download. */
    @PreAuthorize(LeadAccess.HAS_LEAD_MANAGER)
    public String fileName(LeadExportKind kind) {
        return "leads-" + kind.name().toLowerCase().replace('_', '-') + "-"
                + clock.instant().toString().substring(0, 10) + ".csv";
    }

    /** How many leads an export of this kind would contain. */
    @PreAuthorize(LeadAccess.HAS_LEAD_MANAGER)
    public long count(LeadFilter filter, LeadExportKind kind) {
        return count(where(filter, kind));
    }

    /** How many leads of a segment an export of this kind would contain. */
    @PreAuthorize(LeadAccess.HAS_LEAD_MANAGER)
    public long count(LeadSelection selection, LeadExportKind kind) {
        return count(where(selection, kind));
    }

    private long count(LeadSql where) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM leads l" + where.clause(), Long.class, where.params());
        return n == null ? 0 : n;
    }

    /**
     * Writes a segment's members as CSV (see {@link #export(LeadFilter, LeadExportKind, OutputStream)}); a channel
     * list holds only the members whose consent allows that channel.
     */
    @PreAuthorize(LeadAccess.HAS_LEAD_MANAGER)
    public long export(LeadSelection selection, LeadExportKind kind, OutputStream out) throws IOException {
        return write(where(selection, kind), kind, selection.description(), selection.segmentId(),
                selection.segmentVersion(), out);
    }

    /**
     * Writes the CSV (UTF-8 with a byte-order mark, for spreadsheets) to {@code out} and records the export. The
     * stream is flushed, not closed.
     *
     * @return the number of leads written
     */
    @PreAuthorize(LeadAccess.HAS_LEAD_MANAGER)
    public long export(LeadFilter filter, LeadExportKind kind, OutputStream out) throws IOException {
        return write(where(filter, kind), kind, filter.describe(), null, null, out);
    }

    private long write(LeadSql where, LeadExportKind kind, String what, @Nullable Long segmentId,
            @Nullable Integer segmentVersion, OutputStream out) throws IOException {
        List<Column> columns = columns(kind);
        String sql = "SELECT " + String.join(", ", columns.stream().map(Column::sql).toList())
                + " FROM leads l JOIN lead_source s ON s.id = l.source_id"
                + " LEFT JOIN app_user u ON u.id = l.assigned_lo_id" + where.clause() + " ORDER BY l.id";
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        long[] rows = {0};
        boolean finished = false;
        try {
            csv.write('\uFEFF');
            Csv.writeLine(csv, columns.stream().map(Column::header).toList());
            RowCallbackHandler writeRow = rs -> {
                List<String> cells = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    cells.add(columns.get(i).read(rs, i + 1));
                }
                try {
                    Csv.writeLine(csv, cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            };
            streaming.query(sql, writeRow, where.params());
            csv.flush();
            finished = true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            record(what, kind, rows[0], finished, segmentId, segmentVersion);
        }
        return rows[0];
    }

    private void record(String what, LeadExportKind kind, long rows, boolean finished, @Nullable Long segmentId,
            @Nullable Integer segmentVersion) {
        String described = kind.label() + ": " + what + (finished ? "" : " (broken off after " + rows
                + " rows)");
        String stored = described.length() > 2000 ? described.substring(0, 1999) + "…" : described;
        tx.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO lead_export (exported_by, exported_at, channel, filter, row_count, segment_id, "
                    + "segment_version) VALUES (?, ?, ?, ?, ?, ?, ?)", CurrentUser.nameOrSystem(),
                    LeadWriter.utc(clock.instant()), kind.channel() == null ? null : kind.channel().name(), stored,
                    rows, segmentId, segmentVersion);
            audit.record("LEAD_EXPORT", "Lead export (" + kind.label() + ")", rows + " leads exported; " + stored);
        });
    }

    private static LeadSql where(LeadSelection selection, LeadExportKind kind) {
        LeadSql where = LeadSql.where(LeadFilter.none(), LeadAccess.onlyLeadsOf());
        where.and("(" + selection.where() + ")", selection.params().toArray());
        return withConsent(where, kind);
    }

    private static LeadSql where(LeadFilter filter, LeadExportKind kind) {
        return withConsent(LeadSql.where(filter, LeadAccess.onlyLeadsOf()), kind);
    }

    private static LeadSql withConsent(LeadSql where, LeadExportKind kind) {
        if (kind.consentColumn() != null) {
            where.and(kind.consentColumn());
        }
        return where;
    }

    /** A column of an export: its header, its SQL (a constant) and how a cell is read. */
    private record Column(String header, String sql, Reader reader) {
        String read(ResultSet rs, int index) throws SQLException {
            return reader.read(rs, index);
        }
    }

    @FunctionalInterface
    private interface Reader {
        String read(ResultSet rs, int index) throws SQLException;
    }

    private static Column text(String header, String sql) {
        return new Column(header, sql, (rs, i) -> Objects.toString(rs.getString(i), ""));
    }

    private static Column number(String header, String sql) {
        return new Column(header, sql, (rs, i) -> {
            BigDecimal v = rs.getBigDecimal(i);
            return v == null ? "" : v.toPlainString();
        });
    }

    private static Column time(String header, String sql) {
        return new Column(header, sql, (rs, i) -> {
            var v = rs.getObject(i, java.time.LocalDateTime.class);
            return v == null ? "" : UTC.format(v.toInstant(java.time.ZoneOffset.UTC));
        });
    }

    private static Column yesNo(String header, String sql) {
        return new Column(header, sql, (rs, i) -> rs.getBoolean(i) ? "yes" : "no");
    }

    private static List<Column> columns(LeadExportKind kind) {
        List<Column> c = new ArrayList<>();
        c.add(text("Lead ID", "l.id"));
        c.add(text("First name", "l.first_name"));
        c.add(text("Last name", "l.last_name"));
        switch (kind) {
            case EMAIL_LIST -> {
                c.add(text("Email", "l.email"));
                c.add(time("Email opt-in at (UTC)", "l.email_opt_in_at"));
            }
            case SMS_LIST, CALL_LIST -> {
                c.add(text("Phone", "l.phone"));
                c.add(time("Written consent at (UTC)", "l.pewc_at"));
            }
            case ALL_FIELDS -> c.add(text("External ID", "l.external_id"));
        }
        c.add(text("State", "l.state"));
        if (kind == LeadExportKind.ALL_FIELDS) {
            c.add(text("County", "l.county"));
            c.add(text("ZIP", "l.zip"));
        }
        c.add(text("Loan purpose", "l.loan_purpose"));
        c.add(text("Loan program", "l.loan_program"));
        c.add(text("Credit band", "l.credit_band"));
        if (kind == LeadExportKind.ALL_FIELDS) {
            c.add(text("Credit score", "l.credit_score"));
            c.add(number("Annual income", "l.annual_income"));
            c.add(number("Monthly debt", "l.monthly_debt"));
            c.add(number("Property value", "l.property_value"));
            c.add(number("Loan amount", "l.loan_amount"));
            c.add(number("DTI %", "l.dti"));
            c.add(number("LTV %", "l.ltv"));
            c.add(number("Current rate %", "l.current_rate"));
            c.add(text("Current program", "l.current_program"));
            c.add(text("Current term (months)", "l.current_term_months"));
            c.add(text("Current loan originated on", "l.current_loan_originated_on"));
            c.add(yesNo("First-time buyer", "l.first_time_buyer"));
            c.add(yesNo("Veteran", "l.veteran"));
        }
        c.add(text("Stage", "l.stage"));
        if (kind == LeadExportKind.ALL_FIELDS) {
            c.add(text("Lost reason", "l.lost_reason"));
        }
        c.add(text("Source", "s.name"));
        c.add(text("Loan officer", "u.display_name"));
        c.add(time("Received at (UTC)", "l.received_at"));
        if (kind == LeadExportKind.ALL_FIELDS) {
            c.add(time("First contacted at (UTC)", "l.first_contacted_at"));
            c.add(text("Speed to lead (minutes)", "TIMESTAMPDIFF(MINUTE, l.received_at, l.first_contacted_at)"));
            c.add(yesNo("Emailable", "l.emailable"));
            c.add(yesNo("SMS consent", "l.sms_ok"));
            c.add(yesNo("Callable", "l.callable"));
            c.add(yesNo("Do not call", "l.do_not_call"));
        }
        return c;
    }
}
