package com.porchlight.scoring;

import com.porchlight.segment.LeadFactsRows;
import com.porchlight.segment.rule.LeadFacts;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads one lead, with its events, in the form the Java formula evaluates. */
@Component
class LeadFactsLoader {

    private final JdbcTemplate jdbc;

    LeadFactsLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LeadFacts> load(long leadId) {
        List<LeadFacts.Event> events = new ArrayList<>();
        jdbc.query("SELECT type, occurred_at FROM lead_event WHERE lead_id = ?", rs -> {
            LeadFactsRows.event(rs.getString(1), rs.getObject(2, LocalDateTime.class)).ifPresent(events::add);
        }, leadId);
        return jdbc.query(LeadFactsRows.SELECT_LEADS + " WHERE id = ?", (rs, n) -> LeadFactsRows.lead(rs, events),
                leadId).stream().findFirst();
    }
}
