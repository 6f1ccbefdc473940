package com.porchlight.lead.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.KaribuTest;
import com.porchlight.lead.AssignmentMode;
import com.porchlight.lead.LeadException;
import com.porchlight.lead.LeadSourceForm;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadSourceSummary;
import com.porchlight.lead.PricingModel;
import com.porchlight.lead.SourceChannel;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import service on its own: batches, failures half-way, duplicates across batches, limits. */
class LeadImportServiceTest extends KaribuTest {

    @Autowired
    LeadImportService imports;
    @Autowired
    LeadSourceService sources;
    @Autowired
    JdbcTemplate jdbc;

    private LeadSourceSummary newSource(boolean active) {
        authenticateAs(ADMIN);
        return sources.create(new LeadSourceForm("Import service test " + System.nanoTime(), SourceChannel.EVENT,
                PricingModel.FLAT_MONTHLY, BigDecimal.ZERO, false, active, AssignmentMode.MANUAL));
    }

    private static Path file(String content) throws IOException {
        Path path = Files.createTempFile("import-test", ".csv");
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    /** rows leads, email a{i}.{unique}@example.com, except those the caller changes. */
    private static StringBuilder leads(int rows, String unique) {
        var csv = new StringBuilder("firstName,lastName,email,state,loanPurpose\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("Ann").append(i).append(",Lee,a").append(i).append('.').append(unique)
                    .append("@example.com,CA,purchase\n");
        }
        return csv;
    }

    private ImportSummary await(long id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            ImportSummary s = imports.get(id);
            if (!s.running()) {
                return s;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import #" + id + " still running after a minute");
    }

    @Test
    void the_leads_of_a_finished_import_are_scored_in_the_background() throws Exception {
        var source = newSource(true);
        var file = imports.inspect(file(leads(3, Long.toString(System.nanoTime())).toString()), "scored.csv");

        var done = await(imports.start(source.id(), file, file.suggested()).id());

        assertThat(done.status()).isEqualTo(ImportStatus.FINISHED);
        long scored = 0;
        for (int i = 0; i < 1200 && scored < 3; i++) {
            scored = jdbc.queryForObject("SELECT COUNT(*) FROM leads l JOIN lead_score s ON s.lead_id = l.id "
                    + "WHERE l.import_id = ?", Long.class, done.id());
            if (scored < 3) {
                Thread.sleep(50);
            }
        }
        assertThat(scored).as("every imported lead has a score").isEqualTo(3);
    }

    @Test
    void a_failing_batch_keeps_the_batches_before_it_and_marks_the_import_failed_with_the_reason() throws Exception {
        var source = newSource(true);
        String unique = Long.toString(System.nanoTime());
        String boom = "Boom" + unique;
        // Row 800 (line 801) passes validation but the database refuses it: the second batch (lines 502-1001) fails.
        String csv = leads(1200, unique).toString().replace("Ann800,", boom + ",");
        String trigger = "test_import_failure_" + unique;
        jdbc.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON leads FOR EACH ROW BEGIN IF NEW.first_name = '"
                + boom + "' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Simulated storage failure'; END IF; END");
        ImportSummary done;
        Path path = file(csv);
        try {
            var file = imports.inspect(path, "big.csv");
            done = await(imports.start(source.id(), file, file.suggested()).id());
        } finally {
            jdbc.execute("DROP TRIGGER " + trigger);
        }
        assertThat(done.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(done.imported()).isEqualTo(500);
        assertThat(done.message()).startsWith("Stopped at the rows from line 502: Simulated storage failure.")
                .contains("(500) are imported");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE source_id = ?", Long.class, source.id()))
                .as("batch 1 kept, nothing of batch 2").isEqualTo(500);
        assertThat(jdbc.queryForObject("SELECT MAX(first_name) FROM leads WHERE source_id = ? AND first_name LIKE "
                + "'Ann50_'", String.class, source.id())).isEqualTo("Ann500");
        assertThat(jdbc.queryForObject("SELECT details FROM audit_event WHERE subject = ? ORDER BY id DESC LIMIT 1",
                String.class, "Lead import #" + done.id())).startsWith("Failed: 500 rows processed, 500 imported");
        assertThat(path).as("the uploaded copy is deleted").doesNotExist();
    }

    @Test
    void duplicates_in_the_file_are_skipped_across_batches_and_phone_only_leads_by_phone() throws Exception {
        var source = newSource(true);
        String unique = Long.toString(System.nanoTime());
        var csv = new StringBuilder("firstName,lastName,email,state,loanPurpose,phone\n");
        for (int i = 1; i <= 700; i++) {
            csv.append("Ann").append(i).append(",Lee,a").append(i).append('.').append(unique)
                    .append("@example.com,CA,purchase,\n");
        }
        // Row 10 again (another case) in the second batch; a phone-only lead twice (other punctuation).
        csv.append("Again,Lee,A10.").append(unique).append("@EXAMPLE.com,CA,purchase,\n");
        String phone = "415555" + unique.substring(unique.length() - 4);
        csv.append("Phone,Only,,CA,purchase,").append(phone).append('\n');
        csv.append("Phone,Twice,,CA,purchase,(").append(phone, 0, 3).append(") ").append(phone, 3, 6).append('-')
                .append(phone, 6, 10).append('\n');
        var file = imports.inspect(file(csv.toString()), "dups.csv");
        assertThat(file.rows()).isEqualTo(703);
        var done = await(imports.start(source.id(), file, file.suggested()).id());
        assertThat(done.status()).isEqualTo(ImportStatus.FINISHED);
        assertThat(done.imported()).isEqualTo(701);
        assertThat(done.duplicates()).isEqualTo(2);
        assertThat(done.rejected()).isZero();
        assertThat(done.processedRows()).isEqualTo(703);
    }

    @Test
    void keys_the_database_holds_equal_count_as_duplicates_and_do_not_fail_the_import() throws Exception {
        // The unique keys use a case- and accent-insensitive collation: "VX-1"/"vx-1" and "josé@"/"jose@" are one
        // lead to the database even where the writer's own de-duplication sees two.
        var source = newSource(true);
        String u = Long.toString(System.nanoTime());
        String csv = "externalId,firstName,lastName,email,state,loanPurpose\n"
                + "VX-" + u + ",Ann,Lee,ann" + u + "@example.com,CA,purchase\n"
                + "vx-" + u + ",Ann,Lee,ann.other" + u + "@example.com,CA,purchase\n"
                + ",José,Diaz,jos\u00e9" + u + "@example.com,TX,purchase\n"
                + ",Jose,Diaz,jose" + u + "@example.com,TX,purchase\n";
        var file = imports.inspect(file(csv), "collation.csv");
        var done = await(imports.start(source.id(), file, file.suggested()).id());
        assertThat(done.status()).isEqualTo(ImportStatus.FINISHED);
        assertThat(done.imported()).isEqualTo(2);
        assertThat(done.duplicates()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE source_id = ?", Long.class, source.id()))
                .isEqualTo(2);
    }

    @Test
    void a_file_over_200_mb_is_refused_before_it_is_read() throws Exception {
        newSource(true);
        Path huge = Files.createTempFile("huge", ".csv");
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(LeadImportService.MAX_FILE_BYTES + 1);
        }
        try {
            assertThatThrownBy(() -> imports.inspect(huge, "huge.csv")).isInstanceOf(ImportFileException.class)
                    .hasMessage("The file is 200.0 MB; the import takes files up to 200 MB. Split it into smaller "
                            + "files (each with the header line) and import them one after the other.");
        } finally {
            Files.deleteIfExists(huge);
        }
    }

    @Test
    void an_inactive_source_takes_no_import_and_the_file_is_kept_for_another_try() throws Exception {
        var source = newSource(false);
        Path path = file(leads(2, Long.toString(System.nanoTime())).toString());
        try {
            var file = imports.inspect(path, "two.csv");
            assertThatThrownBy(() -> imports.start(source.id(), file, file.suggested()))
                    .isInstanceOf(LeadException.class).hasMessageContaining("is inactive");
            assertThat(path).exists();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_import WHERE source_id = ?", Long.class,
                    source.id())).isZero();
        } finally {
            Files.deleteIfExists(path);
        }
    }
}
