package com.porchlight.lead.demo;

import com.porchlight.lead.AssignmentMode;
import com.porchlight.security.LoanOfficerDirectory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts generated leads into the database: finds or creates the demo lead sources by name, takes the enabled loan
 * officers and their licences for routing, allocates ids after the highest existing one, and streams everything in
 * with {@link BulkLoader}. Afterwards the round-robin rotation learns who got how many leads (so live intake goes on
 * fairly) and the tables' statistics are refreshed for the query planner.
 *
 * <p>Existing leads are never touched. Only one loader runs at a time across application instances (a named
 * database lock), and {@link #loadIfEmpty} loads nothing when any lead exists.
 */
@Component
class LeadDataLoader {

    /**
     * What was loaded; {@code skipped} when the table was not empty and nothing was done ({@code existingLeads} is
     * then not counted: -1).
     */
    record Outcome(boolean skipped, long existingLeads, BulkLoader.Result result) {
    }

    private static final String LOCK = "porchlight.lead-data";

    private final JdbcTemplate jdbc;
    private final LoanOfficerDirectory officers;
    private final Clock clock;
    private final Environment env;

    LeadDataLoader(JdbcTemplate jdbc, LoanOfficerDirectory officers, Clock clock, Environment env) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.clock = clock;
        this.env = env;
    }

    /**
     * Loads {@code count} leads unless the leads table holds any ({@code onlyIfEmpty}); with {@code onlyIfEmpty}
     * false they are appended after the existing ones.
     */
    Outcome load(long count, double eventsPerLead, long seed, int generatorThreads, boolean onlyIfEmpty,
            LongConsumer progress) {
        try (Connection lock = open()) {
            acquire(lock);
            try {
                // Every demo start asks: EXISTS answers at once where COUNT(*) would scan a million rows.
                boolean any = Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM leads)",
                        Boolean.class));
                if (onlyIfEmpty && any) {
                    return new Outcome(true, -1, new BulkLoader.Result(0, 0, 0, 0, 0));
                }
                long existing = any ? jdbc.queryForObject("SELECT COUNT(*) FROM leads", Long.class) : 0;
                List<DemoLeadGenerator.SourceRef> sources = sources();
                List<DemoLeadGenerator.Officer> los = officers.enabledLoanOfficers().stream()
                        .map(o -> new DemoLeadGenerator.Officer(o.userId(), o.email(), o.states())).toList();
                var generator = new DemoLeadGenerator(seed, clock.instant(), sources, los, eventsPerLead);
                long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM leads", Long.class);
                int chunk = (int) Math.min(10_000, Math.max(500, count / 20));
                BulkLoader.Result result = new BulkLoader(this::open).load(generator, firstId, count, chunk,
                        generatorThreads, progress);
                afterLoad(firstId, firstId + count - 1);
                return new Outcome(false, existing, result);
            } finally {
                release(lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load leads: " + e.getMessage(), e);
        }
    }

    /** The demo sources by name, created when missing (one set-based statement); ids and routing as stored. */
    List<DemoLeadGenerator.SourceRef> sources() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (DemoSource s : DemoSource.ALL) {
            rows.add(new Object[] {s.name(), s.channel().name(), s.pricing().name(), s.cost(), s.exclusive(),
                s.assignment().name(), now, DemoLeadGenerator.CREATED_BY});
        }
        // A concurrent creator of the same name wins; this keeps its row (the unique key on name decides).
        jdbc.batchUpdate("INSERT INTO lead_source (name, channel, pricing_model, cost, exclusive_leads, active, "
                + "assignment, created_at, created_by, version) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?, 0) "
                + "ON DUPLICATE KEY UPDATE id = id", rows);
        Map<String, Object[]> stored = new HashMap<>();
        jdbc.query("SELECT id, name, assignment FROM lead_source", rs -> {
            stored.put(rs.getString(2).toLowerCase(java.util.Locale.ROOT),
                    new Object[] {rs.getLong(1), rs.getString(3)});
        });
        List<DemoLeadGenerator.SourceRef> refs = new ArrayList<>();
        for (DemoSource s : DemoSource.ALL) {
            Object[] row = stored.get(s.name().toLowerCase(java.util.Locale.ROOT));
            if (row == null) {
                throw new IllegalStateException("Lead source " + s.name() + " was neither found nor created");
            }
            refs.add(new DemoLeadGenerator.SourceRef((Long) row[0], s, AssignmentMode.valueOf((String) row[1])));
        }
        return refs;
    }

    private void afterLoad(long firstId, long lastId) {
        // The rotation learns the loaded assignments, so round-robin intake goes on with whoever has waited longest.
        jdbc.update("""
                INSERT INTO lead_rotation (user_id, last_assigned_at, assigned_count)
                SELECT assigned_lo_id, MAX(assigned_at), COUNT(*) FROM leads
                 WHERE id BETWEEN ? AND ? AND assigned_lo_id IS NOT NULL
                 GROUP BY assigned_lo_id
                ON DUPLICATE KEY UPDATE last_assigned_at = GREATEST(last_assigned_at, VALUES(last_assigned_at)),
                                        assigned_count = assigned_count + VALUES(assigned_count)
                """, firstId, lastId);
        jdbc.execute("ANALYZE TABLE leads, lead_event, lead_stage_change, lead_consent_event");
    }

    /**
     * A dedicated connection to the configured database that may send local files to LOAD DATA: the URL, user and
     * password of {@code spring.datasource.*} with {@code allowLocalInfile=true}. The application's pool is left as it
     * is.
     */
    Connection open() throws SQLException {
        String url = env.getRequiredProperty("spring.datasource.url");
        String withInfile = url + (url.contains("?") ? "&" : "?") + "allowLocalInfile=true";
        return DriverManager.getConnection(withInfile, env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"));
    }

    /** How much room the lead tables take (data and indexes), in bytes. */
    long leadTablesSize() {
        Long size = jdbc.queryForObject("""
                SELECT SUM(data_length + index_length) FROM information_schema.tables
                 WHERE table_schema = DATABASE()
                   AND table_name IN ('leads', 'lead_event', 'lead_stage_change', 'lead_consent_event')
                """, Long.class);
        return size == null ? 0 : size;
    }

    private static void acquire(Connection con) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("SELECT GET_LOCK(?, 600)")) {
            ps.setString(1, LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new SQLException("another instance is loading leads into this database");
                }
            }
        }
    }

    private static void release(@Nullable Connection con) throws SQLException {
        if (con == null) {
            return;
        }
        try (PreparedStatement ps = con.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, LOCK);
            ps.execute();
        }
    }
}
