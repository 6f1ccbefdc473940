package com.porchlight.lead.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo profile's first start: the test database received the demo leads, whole and consistent, once. */
class DemoLeadDataTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoLeadData demoData;

    private long demoLeads() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE created_by = ?", Long.class,
                DemoLeadGenerator.CREATED_BY);
    }

    @Test
    void the_demo_leads_are_loaded_with_their_events_history_and_consent() {
        assertThat(demoLeads()).isEqualTo(5_000);
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM lead_event e JOIN leads l ON l.id = e.lead_id "
                + "WHERE l.created_by = ?", Long.class, DemoLeadGenerator.CREATED_BY);
        assertThat(events).isBetween(45_000L, 55_000L);
        // Every demo lead has its NEW row, as the writer of live leads records it.
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM leads l WHERE l.created_by = ? AND NOT EXISTS (SELECT 1 FROM lead_stage_change c
                 WHERE c.lead_id = l.id AND c.to_stage = 'NEW' AND c.from_stage IS NULL AND c.changed_at = l.received_at)
                """, Long.class, DemoLeadGenerator.CREATED_BY)).isZero();
        // The stored consent state is what the stored evidence says, and the derived columns follow from it.
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM leads l WHERE l.created_by = ? AND (l.pewc_at IS NULL) <> (NOT EXISTS (
                  SELECT 1 FROM lead_consent_event c WHERE c.lead_id = l.id AND c.channel = 'SMS'
                     AND c.action = 'WRITTEN_CONSENT' AND c.occurred_at = l.pewc_at AND c.consent_text IS NOT NULL))
                """, Long.class, DemoLeadGenerator.CREATED_BY)).isZero();
        double smsOk = jdbc.queryForObject("SELECT AVG(sms_ok) FROM leads WHERE created_by = ?", Double.class,
                DemoLeadGenerator.CREATED_BY);
        assertThat(smsOk).isBetween(0.35, 0.5);
        // The last activity is the last event.
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM leads l WHERE l.created_by = ?
                   AND NOT (l.last_activity_at <=> (SELECT MAX(e.occurred_at) FROM lead_event e WHERE e.lead_id = l.id))
                """, Long.class, DemoLeadGenerator.CREATED_BY)).isZero();
        // Assigned leads went to an officer licensed in the lead's state; unassignable ones are in unlicensed states.
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM leads l WHERE l.created_by = ? AND l.assigned_lo_id IS NOT NULL AND NOT EXISTS (
                  SELECT 1 FROM loan_officer_license x WHERE x.user_id = l.assigned_lo_id AND x.state = l.state)
                """, Long.class, DemoLeadGenerator.CREATED_BY)).isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT state FROM leads WHERE created_by = ? AND unassignable",
                String.class, DemoLeadGenerator.CREATED_BY)).isNotEmpty()
                .allSatisfy(state -> assertThat(state).isIn("AK", "HI", "MT", "ND", "SD", "VT", "WY"));
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT assigned_lo_id) FROM leads WHERE created_by = ?",
                Long.class, DemoLeadGenerator.CREATED_BY)).isGreaterThanOrEqualTo(11);
        // The database derives DTI and LTV from what was loaded.
        assertThat(jdbc.queryForObject("SELECT AVG(dti) FROM leads WHERE created_by = ?", Double.class,
                DemoLeadGenerator.CREATED_BY)).isBetween(30.0, 42.0);
        // The sources exist with their costs, the intake API's demo source among them.
        assertThat(jdbc.queryForObject("SELECT cost FROM lead_source WHERE name = 'CallBridge Live Transfers'",
                java.math.BigDecimal.class)).isEqualByComparingTo("85.00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leads l JOIN lead_source s ON s.id = l.source_id "
                + "WHERE s.name = ? AND l.created_by = ?", Long.class, DemoSource.DEMO_WEB_FORM,
                DemoLeadGenerator.CREATED_BY)).isPositive();
    }

    @Test
    void a_second_start_loads_nothing_and_leaves_existing_leads_alone() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM leads", Long.class);
        long sources = jdbc.queryForObject("SELECT COUNT(*) FROM lead_source", Long.class);
        demoData.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leads", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_source", Long.class)).isEqualTo(sources);
    }
}
