package com.porchlight.creative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.KaribuTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail cannot be changed through the database, and a change made anyway (by someone who drops the
 * triggers) is found by the chain verification, which names the first broken record.
 */
class CreativeAuditChainTest extends KaribuTest {

    @Autowired
    CreativeService creatives;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        logout();
    }

    private long newestSeq() {
        authenticateAs(MARKETER);
        creatives.create("Chain test " + System.nanoTime(), com.porchlight.compliance.engine.Channel.SMS);
        logout();
        return jdbc.queryForObject("SELECT MAX(seq) FROM creative_audit", Long.class);
    }

    @Test
    void the_database_refuses_to_update_or_delete_audit_records_and_versions() {
        long seq = newestSeq();
        assertThatThrownBy(() -> jdbc.update("UPDATE creative_audit SET actor = 'someone else' WHERE seq = ?", seq))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM creative_audit WHERE seq = ?", seq))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE creative_version SET content_json = '{}'"))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM creative_version")).hasMessageContaining("retained");
    }

    @Test
    void a_changed_record_is_detected_as_the_first_broken_link() {
        long seq = newestSeq();
        authenticateAs(COMPLIANCE);
        assertThat(creatives.verifyChain().intact()).isTrue();
        Map<String, Object> row = jdbc.queryForMap("SELECT details FROM creative_audit WHERE seq = ?", seq);
        jdbc.execute("DROP TRIGGER creative_audit_no_update");
        try {
            jdbc.update("UPDATE creative_audit SET details = 'nothing to see here' WHERE seq = ?", seq);
            ChainVerification broken = creatives.verifyChain();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(seq);
            assertThat(broken.summary()).contains("Chain broken at record " + seq, "changed after it was written");
            jdbc.update("UPDATE creative_audit SET details = ? WHERE seq = ?", row.get("details"), seq);
        } finally {
            jdbc.execute("""
                    CREATE TRIGGER creative_audit_no_update BEFORE UPDATE ON creative_audit FOR EACH ROW
                        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'creative_audit is append-only: records cannot be changed'""");
        }
        assertThat(creatives.verifyChain().intact()).isTrue();
    }

    @Test
    void a_removed_record_is_detected_in_the_middle_and_at_the_end() {
        newestSeq();
        long last = newestSeq();
        authenticateAs(COMPLIANCE);
        Map<String, Object> middle = jdbc.queryForMap("SELECT * FROM creative_audit WHERE seq = ?", last - 1);
        Map<String, Object> end = jdbc.queryForMap("SELECT * FROM creative_audit WHERE seq = ?", last);
        jdbc.execute("DROP TRIGGER creative_audit_no_delete");
        try {
            jdbc.update("DELETE FROM creative_audit WHERE seq = ?", last - 1);
            ChainVerification gap = creatives.verifyChain();
            assertThat(gap.intact()).isFalse();
            assertThat(gap.firstBrokenSeq()).isEqualTo(last - 1);
            assertThat(gap.problem()).contains("missing");
            restore(middle);

            jdbc.update("DELETE FROM creative_audit WHERE seq = ?", last);
            ChainVerification tail = creatives.verifyChain();
            assertThat(tail.intact()).isFalse();
            assertThat(tail.problem()).contains("records at the end were removed");
            restore(end);
        } finally {
            jdbc.execute("""
                    CREATE TRIGGER creative_audit_no_delete BEFORE DELETE ON creative_audit FOR EACH ROW
                        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'creative_audit is append-only: records cannot be deleted'""");
        }
        assertThat(creatives.verifyChain().intact()).isTrue();
    }

    @Test
    void a_version_whose_stored_content_was_changed_no_longer_verifies() {
        newestSeq();
        authenticateAs(COMPLIANCE);
        Map<String, Object> v = jdbc.queryForMap("SELECT creative_id, version_no, content_json FROM creative_version "
                + "ORDER BY created_at DESC, creative_id DESC LIMIT 1");
        jdbc.execute("DROP TRIGGER creative_version_no_update");
        try {
            jdbc.update("UPDATE creative_version SET content_json = JSON_SET(content_json, '$.setup.campaign', 'x') "
                    + "WHERE creative_id = ? AND version_no = ?", v.get("creative_id"), v.get("version_no"));
            ChainVerification result = creatives.verifyChain();
            assertThat(result.intact()).isFalse();
            assertThat(result.summary()).contains("version " + v.get("version_no") + " of creative "
                    + v.get("creative_id"), "no longer matches its content hash");
            jdbc.update("UPDATE creative_version SET content_json = ? WHERE creative_id = ? AND version_no = ?",
                    v.get("content_json"), v.get("creative_id"), v.get("version_no"));
        } finally {
            jdbc.execute("""
                    CREATE TRIGGER creative_version_no_update BEFORE UPDATE ON creative_version FOR EACH ROW
                        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'creative versions cannot be changed'""");
        }
        assertThat(creatives.verifyChain().intact()).isTrue();
    }

    private void restore(Map<String, Object> r) {
        jdbc.update("INSERT INTO creative_audit (seq, creative_id, occurred_at, actor, event, version_no, content_hash, "
                + "details, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.get("seq"), r.get("creative_id"),
                r.get("occurred_at"), r.get("actor"), r.get("event"), r.get("version_no"), r.get("content_hash"),
                r.get("details"), r.get("prev_hash"), r.get("row_hash"));
    }
}
