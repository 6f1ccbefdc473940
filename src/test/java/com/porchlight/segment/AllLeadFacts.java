package com.porchlight.segment;

import com.porchlight.lead.EventType;
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
            events.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new LeadFacts.Event(
                    EventType.valueOf(rs.getString(2)), time(rs.getObject(3, LocalDateTime.class))));
        });
        return jdbc.query("SELECT id, stage, source_id, state, county, zip, loan_purpose, loan_program, credit_band, "
                + "credit_score, annual_income, dti, ltv, loan_amount, property_value, current_rate, current_program, "
                + "current_term_months, first_time_buyer, veteran, assigned_lo_id, received_at, last_activity_at, "
                + "emailable, sms_ok, callable FROM leads", (rs, n) -> new LeadFacts(rs.getLong(1), rs.getString(2),
                        rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), (Integer) rs.getObject(10, Integer.class),
                        rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getBigDecimal(14),
                        rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getString(17),
                        (Integer) rs.getObject(18, Integer.class), rs.getBoolean(19), rs.getBoolean(20),
                        (Long) rs.getObject(21, Long.class), time(rs.getObject(22, LocalDateTime.class)),
                        time(rs.getObject(23, LocalDateTime.class)), rs.getBoolean(24), rs.getBoolean(25),
                        rs.getBoolean(26), events.getOrDefault(rs.getLong(1), List.of())));
    }

    public static Instant time(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
