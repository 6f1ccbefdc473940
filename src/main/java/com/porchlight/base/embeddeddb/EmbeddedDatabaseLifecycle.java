package com.porchlight.base.embeddeddb;

import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Ties the embedded server to the application context: the data source depends on it, so on shutdown the connection
 * pool closes first and the server stops last.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(EmbeddedDatabaseEnvironmentPostProcessor.ACTIVE)
class EmbeddedDatabaseLifecycle {

    static final String BEAN = "porchlightEmbeddedDatabase";

    @Bean(BEAN)
    static ServerHandle porchlightEmbeddedDatabase(Environment env) {
        return new ServerHandle(Path.of(env.getRequiredProperty(EmbeddedDatabaseEnvironmentPostProcessor.ROOT)));
    }

    @Bean
    static BeanFactoryPostProcessor dataSourceDependsOnEmbeddedDatabase() {
        return EmbeddedDatabaseLifecycle::addDependency;
    }

    private static void addDependency(ConfigurableListableBeanFactory factory) {
        for (String name : factory.getBeanNamesForType(javax.sql.DataSource.class, true, false)) {
            var definition = factory.getBeanDefinition(name);
            String[] dependsOn = definition.getDependsOn();
            int n = dependsOn == null ? 0 : dependsOn.length;
            String[] extended = new String[n + 1];
            if (dependsOn != null) {
                System.arraycopy(dependsOn, 0, extended, 0, n);
            }
            extended[n] = BEAN;
            definition.setDependsOn(extended);
        }
    }

    static final class ServerHandle implements DisposableBean {
        private final Path root;

        ServerHandle(Path root) {
            this.root = root;
            EmbeddedMariaDbServer.retain(root);
            // Logged here rather than when the server starts: logging is not set up that early.
            LoggerFactory.getLogger(EmbeddedDatabaseLifecycle.class).info(
                    "Using the embedded MariaDB with its data in {}", root.toAbsolutePath().normalize());
        }

        @Override
        public void destroy() {
            EmbeddedMariaDbServer.release(root);
        }
    }
}
