package com.porchlight.base.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** When the embedded database cannot start, the user reads one sentence on why and one on what to do. */
class EmbeddedMariaDbServerTest {

    @Test
    void a_data_folder_that_cannot_be_created_is_explained(@TempDir Path tmp) throws Exception {
        Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> EmbeddedMariaDbServer.start(blocker.resolve("data"), "porchlight", false))
                .isInstanceOf(EmbeddedDatabaseStartException.class)
                .hasMessageStartingWith("the data folder " + blocker.resolve("data") + " cannot be created")
                .satisfies(e -> assertThat(((EmbeddedDatabaseStartException) e).action())
                        .contains("PORCHLIGHT_DATA_DIR"));
    }

    @Test
    void the_failure_report_is_two_sentences_without_a_stack_trace() {
        var cause = new EmbeddedDatabaseStartException("another Porchlight is already running on the data folder /x",
                "Stop the other instance, or give this one its own folder with PORCHLIGHT_DATA_DIR.");
        FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(new RuntimeException(cause));
        assertThat(analysis.getDescription()).isEqualTo("Porchlight cannot start its database: another Porchlight"
                + " is already running on the data folder /x.");
        assertThat(analysis.getAction()).startsWith("Stop the other instance");
    }
}
