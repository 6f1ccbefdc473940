package com.porchlight.segment;

import com.porchlight.segment.rule.LeadFacts;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every lead in the test database, with its events, as the Java evaluators see them (for SQL-vs-Java tests). */
public final class AllLeadFacts {

    private AllLeadFacts() {
    }

    public static List<LeadFacts> load(JdbcTemplate jdbc) {
        Map<Long, List<LeadFacts.Event>> events = new HashMap<>();
        jdbc.query("SELECT lead_id, type, occurred_at FROM lead_event", rs -> {
            long lead = rs.getLong(1);
            LeadFactsRows.event(rs.getString(2), rs.getObject(3, LocalDateTime.class))
                    .ifPresent(e -> events.computeIfAbsent(lead, k -> new ArrayList<>()).add(e));
        });
        return jdbc.query(LeadFactsRows.SELECT_LEADS, (rs, n) -> LeadFactsRows.lead(rs,
                events.getOrDefault(rs.getLong(1), List.of())));
    }

    public static Instant time(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
