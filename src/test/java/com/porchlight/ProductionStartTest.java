package com.porchlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The production profile: never demo users, and never an empty database nobody can sign in to. */
class ProductionStartTest {

    /** Arguments, not default properties: they outrank application.properties and the environment. */
    private static ConfigurableApplicationContext runProd(Path dataDir, String adminEmail, String adminPassword) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .run("--porchlight.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off",
                        "--porchlight.admin.email=" + adminEmail, "--porchlight.admin.password=" + adminPassword);
    }

    @Test
    void production_refuses_an_empty_database_without_a_first_admin_then_creates_only_that_admin(@TempDir Path tmp) {
        Path data = tmp.resolve("data");
        assertThatThrownBy(() -> runProd(data, "", "").close())
                .hasMessage("the database has no users and no first administrator is configured");

        try (ConfigurableApplicationContext app = runProd(data, "Owner@Lender.example", "first-admin-password")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select email from app_user", String.class))
                    .containsExactly("owner@lender.example");
            assertThat(jdbc.queryForList("select role from user_role", String.class)).containsExactly("ADMIN");
        }
    }
}
