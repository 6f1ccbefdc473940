package com.porchlight.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.KaribuTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leads for the lead screen and service tests: each test makes its own source (unique name) and writes its leads
 * through the real {@link LeadWriter}, then narrows every query to that source, since other tests' leads (and the
 * demo data) share the database.
 */
abstract class LeadTestSupport extends KaribuTest {

    private static final AtomicInteger PHONE = new AtomicInteger(1000);

    @Autowired
    LeadWriter writer;
    @Autowired
    LeadSourceService sourceService;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /** A fresh source whose leads wait unassigned (tests assign them explicitly). */
    long newSource() {
        authenticateAs(ADMIN);
        long id = sourceService.create(new LeadSourceForm("Leads test " + System.nanoTime(), SourceChannel.SEARCH,
                PricingModel.PER_LEAD, new BigDecimal("25"), true, true, AssignmentMode.MANUAL)).id();
        logout();
        return id;
    }

    /** A lead's fields as a vendor would post them; an email unique to this run, a phone unique in this JVM. */
    static Map<String, String> lead(String first, String last, String state) {
        Map<String, String> in = new HashMap<>();
        in.put("firstName", first);
        in.put("lastName", last);
        in.put("email", first.replaceAll("\\W", "").toLowerCase() + "." + last.toLowerCase().replaceAll("\\W", "")
                + "." + System.nanoTime() + "@example.com");
        in.put("phone", "(628) 555-" + PHONE.incrementAndGet());
        in.put("state", state);
        in.put("loanPurpose", "PURCHASE");
        in.put("loanProgram", "FHA");
        in.put("creditScore", "702");
        return in;
    }

    static Map<String, String> with(Map<String, String> lead, String... keysAndValues) {
        Map<String, String> copy = new HashMap<>(lead);
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                copy.remove(keysAndValues[i]);
            } else {
                copy.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return copy;
    }

    /** Consent to calls and texts as a web form captures it. */
    static Map<String, String> withWrittenConsent(Map<String, String> lead) {
        return with(lead, "consent.sms.granted", "true",
                "consent.sms.text", "I agree to receive calls and texts from Harbor Light Mortgage about my loan.",
                "consent.sms.capturedAt", "2026-01-10T15:00:00Z");
    }

    @SafeVarargs
    final List<Long> write(long sourceId, Map<String, String>... leads) {
        var validator = new LeadValidator(clock);
        List<LeadData> data = java.util.Arrays.stream(leads).map(in -> {
            var result = validator.validate(in);
            assertThat(result.errors()).as("test lead %s", in).isEmpty();
            return result.lead();
        }).toList();
        var from = new LeadWriter.Provenance(sourceId, AssignmentMode.MANUAL, "test", "Test web form", null);
        List<LeadWriter.Written> written = tx.execute(s -> writer.write(from, data));
        return written.stream().map(LeadWriter.Written::id).toList();
    }

    void assignTo(long leadId, long userId) {
        jdbc.sql("UPDATE leads SET assigned_lo_id = ?, assigned_at = received_at WHERE id = ?")
                .params(userId, leadId).update();
    }

    long userId(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
    }

    String stageOf(long leadId) {
        return jdbc.sql("SELECT stage FROM leads WHERE id = ?").param(leadId).query(String.class).single();
    }

    long versionOf(long leadId) {
        return jdbc.sql("SELECT version FROM leads WHERE id = ?").param(leadId).query(Long.class).single();
    }

    long historyRows(long leadId) {
        return jdbc.sql("SELECT COUNT(*) FROM lead_stage_change WHERE lead_id = ?").param(leadId)
                .query(Long.class).single();
    }

    static LeadFilter onlySource(long sourceId) {
        return LeadFilter.none().withSources(java.util.Set.of(sourceId));
    }
}
