package com.porchlight.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.KaribuTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class LeadWriterTest extends KaribuTest {

    @Autowired
    LeadWriter writer;
    @Autowired
    LeadSourceService sources;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private LeadData lead(String email, String state) {
        Map<String, String> in = new HashMap<>(Map.of("firstName", "Ann", "lastName", "Lee", "email", email,
                "phone", "(415) 555-0134", "state", state, "loanPurpose", "refi", "creditScore", "702",
                "annualIncome", "$120,000", "monthlyDebt", "1500"));
        in.put("consent.sms.granted", "true");
        in.put("consent.sms.text", "I agree to receive calls and texts from Harbor Light about my loan.");
        in.put("consent.sms.capturedAt", "2026-11-20T10:00:00Z");
        var result = new LeadValidator(clock).validate(in);
        assertThat(result.errors()).isEmpty();
        return result.lead();
    }

    @Test
    void leads_are_written_once_per_source_routed_to_a_licensed_officer_and_flagged_when_nobody_is_licensed() {
        login(ADMIN);
        var source = sources.create(new LeadSourceForm("Writer test " + System.nanoTime(), SourceChannel.SEARCH,
                PricingModel.PER_LEAD, new BigDecimal("25"), true, true, AssignmentMode.ROUND_ROBIN));
        var from = new LeadWriter.Provenance(source.id(), AssignmentMode.ROUND_ROBIN, "test", "unit test", null);
        String unique = Long.toString(System.nanoTime());
        List<LeadWriter.Written> first = tx.execute(s -> writer.write(from, List.of(
                lead("a" + unique + "@example.com", "CA"),
                lead("A" + unique + "@Example.com", "CA"),
                lead("b" + unique + "@example.com", "ND"))));
        assertThat(first).extracting(LeadWriter.Written::duplicate).containsExactly(false, true, false);
        assertThat(first.get(1).id()).isEqualTo(first.get(0).id());
        assertThat(first.get(0).assignedLoanOfficer()).isEqualTo("Lena Ortiz");
        assertThat(first.get(2).unassignable()).isTrue();
        assertThat(first.get(2).assignedLoanOfficerId()).isNull();

        List<LeadWriter.Written> again = tx.execute(s -> writer.write(from, List.of(
                lead("a" + unique + "@example.com", "CA"))));
        assertThat(again.getFirst().duplicate()).isTrue();
        assertThat(again.getFirst().id()).isEqualTo(first.getFirst().id());

        var row = jdbc.sql("SELECT dti, credit_band, phone, sms_ok, emailable, stage FROM leads WHERE id = ?")
                .param(first.getFirst().id()).query().singleRow();
        assertThat((BigDecimal) row.get("dti")).isEqualByComparingTo("15.00");
        assertThat(row.get("credit_band")).isEqualTo("GOOD");
        assertThat(row.get("phone")).isEqualTo("4155550134");
        assertThat(row.get("sms_ok")).isEqualTo(true);
        assertThat(row.get("emailable")).isEqualTo(false);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lead_consent_event WHERE lead_id = ?")
                .param(first.getFirst().id()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lead_stage_change WHERE lead_id = ? AND to_stage = 'NEW'")
                .param(first.getFirst().id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void keys_the_database_holds_equal_are_duplicates_not_errors() {
        login(ADMIN);
        var source = sources.create(new LeadSourceForm("Collation test " + System.nanoTime(), SourceChannel.SEARCH,
                PricingModel.PER_LEAD, new BigDecimal("25"), true, true, AssignmentMode.MANUAL));
        var from = new LeadWriter.Provenance(source.id(), AssignmentMode.MANUAL, "test", "unit test", null);
        String unique = Long.toString(System.nanoTime());
        List<LeadWriter.Written> first = tx.execute(s -> writer.write(from, List.of(
                lead("jos\u00e9" + unique + "@example.com", "TX"),
                lead("JOSE" + unique + "@example.com", "TX"))));
        assertThat(first).extracting(LeadWriter.Written::duplicate).containsExactly(false, true);
        List<LeadWriter.Written> again = tx.execute(s -> writer.write(from, List.of(
                lead("Jos\u00c9" + unique + "@EXAMPLE.com", "TX"))));
        assertThat(again.getFirst().duplicate()).isTrue();
        assertThat(again.getFirst().id()).isEqualTo(first.getFirst().id());
    }
}
