package com.porchlight.lead;

import com.porchlight.security.LoanOfficerDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Leads grid: a filtered, sorted page of leads and the count of all that match, in plain SQL built from
 * {@link LeadFilter} (bound parameters only, sort columns from {@link LeadSort.Column}). A loan officer sees only the
 * leads assigned to them: the restriction is part of every statement here.
 *
 * <p>Built to stay fast at a million leads: every filter is an indexed column, the search is a prefix search on
 * indexed columns, the count never joins, and the page joins source, loan officer and stored score only for the rows
 * it returns (primary-key lookups; the grid does not sort by score, which would need the join in every count and an
 * index to walk).
 */
@Service
public class LeadQueryService {

    /** The grid never asks for more at once; a larger request is cut to this. */
    public static final int MAX_PAGE = 500;

    static final String ROW_COLUMNS = "l.id, l.first_name, l.last_name, l.email, l.phone, l.state, l.loan_purpose, "
            + "l.loan_program, l.credit_band, l.stage, s.name AS source_name, u.display_name AS lo_name, "
            + "l.unassignable, l.received_at, l.first_contacted_at, l.stage_changed_at, sc.total AS score, "
            + "sc.mql AS score_mql";

    /** Up to this many matches, a page is sorted from the matches rather than read in index order. */
    static final int NARROW = 5000;

    /** Every index that can deliver leads in a sort order of the grid (V005, V008). */
    static final String IGNORE_ORDER_INDEXES = "IGNORE INDEX FOR ORDER BY (ix_lead_received, ix_lead_stage, "
            + "ix_lead_state, ix_lead_lo, ix_lead_source_received, ix_lead_last_name, ix_lead_email, ix_lead_lo_stage, "
            + "ix_lead_unassignable)";

    private final JdbcTemplate jdbc;
    private final LoanOfficerDirectory loanOfficers;

    LeadQueryService(JdbcTemplate jdbc, LoanOfficerDirectory loanOfficers) {
        this.jdbc = jdbc;
        this.loanOfficers = loanOfficers;
    }

    @PreAuthorize(LeadAccess.HAS_LEAD_READER)
    @Transactional(readOnly = true)
    public List<LeadRow> page(LeadFilter filter, int offset, int limit, List<LeadSort> sort) {
        if (limit <= 0) {
            return List.of();
        }
        LeadSql where = LeadSql.where(filter, LeadAccess.onlyLeadsOf());
        // The page of ids is found on the leads table alone (its indexes decide the plan), then joined for names.
        String sql = "SELECT " + ROW_COLUMNS + " FROM (" + pageIds(where, sort) + ") page"
                + " JOIN leads l ON l.id = page.id"
                + " JOIN lead_source s ON s.id = l.source_id"
                + " LEFT JOIN app_user u ON u.id = l.assigned_lo_id"
                + " LEFT JOIN lead_score sc ON sc.lead_id = l.id"
                + LeadSql.orderBy(sort);
        List<Object> params = new java.util.ArrayList<>(where.paramList());
        params.add(Math.min(limit, MAX_PAGE));
        params.add(Math.max(offset, 0));
        return jdbc.query(sql, (rs, n) -> row(rs), params.toArray());
    }

    /** The ids of one page, in order (parameters: the filter's, then limit and offset). */
    String pageIds(LeadSql where, List<LeadSort> sort) {
        // With few matches, reading them through the filter's index and sorting them is cheap; the optimizer may
        // instead walk an index in sort order hoping to meet 50 matches soon, and on a selective filter (a search for
        // "mary smi") it then reads most of a million rows. A bounded count tells the two cases apart.
        String leads = isNarrow(where) ? "leads l " + IGNORE_ORDER_INDEXES : "leads l";
        return "SELECT l.id FROM " + leads + where.clause() + LeadSql.orderBy(sort) + " LIMIT ? OFFSET ?";
    }

    private boolean isNarrow(LeadSql where) {
        if (where.clause().isEmpty()) {
            return false;
        }
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM leads l" + where.clause() + " LIMIT "
                + (NARROW + 1) + ") probe", Long.class, where.params());
        return n != null && n <= NARROW;
    }

    @PreAuthorize(LeadAccess.HAS_LEAD_READER)
    @Transactional(readOnly = true)
    public long count(LeadFilter filter) {
        LeadSql where = LeadSql.where(filter, LeadAccess.onlyLeadsOf());
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM leads l" + where.clause(), Long.class, where.params());
        return count == null ? 0 : count;
    }

    /** True when the current user sees only the leads assigned to them (the grid then hides the loan officer filter). */
    @PreAuthorize(LeadAccess.HAS_LEAD_READER)
    public boolean seesOnlyOwnLeads() {
        return LeadAccess.onlyLeadsOf() != null;
    }

    /** Loan officers to filter by (enabled ones, by name), for users who see every lead. */
    @PreAuthorize(LeadAccess.HAS_LEAD_READER)
    public List<LoanOfficerOption> loanOfficers() {
        if (LeadAccess.onlyLeadsOf() != null) {
            return List.of();
        }
        return loanOfficers.enabledLoanOfficers().stream()
                .map(o -> new LoanOfficerOption(o.userId(), o.name(), o.nmlsId(), o.states()))
                .sorted(java.util.Comparator.comparing(LoanOfficerOption::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    static LeadRow row(ResultSet rs) throws SQLException {
        Instant received = instant(rs, "received_at");
        Instant contacted = instant(rs, "first_contacted_at");
        Stage stage = Stage.valueOf(rs.getString("stage"));
        Instant waitingSince = contacted != null ? null
                : stage == Stage.NEW ? received
                : stage == Stage.MQL ? instant(rs, "stage_changed_at") : null;
        java.math.BigDecimal score = rs.getBigDecimal("score");
        return new LeadRow(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("email"), rs.getString("phone"), rs.getString("state"),
                LoanPurpose.valueOf(rs.getString("loan_purpose")), enumOf(LoanProgram.class, rs.getString("loan_program")),
                enumOf(CreditBand.class, rs.getString("credit_band")), stage,
                rs.getString("source_name"), rs.getString("lo_name"), rs.getBoolean("unassignable"),
                java.util.Objects.requireNonNull(received),
                contacted == null || received == null ? null : Duration.between(received, contacted),
                score, score == null ? null : rs.getBoolean("score_mql"), waitingSince);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
