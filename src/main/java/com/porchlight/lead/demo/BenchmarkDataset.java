package com.porchlight.lead.demo;

import java.io.PrintStream;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The benchmark dataset command: started with {@code --porchlight.dataset.leads=N}, the application loads N generated
 * leads (with {@code porchlight.dataset.events-per-lead} events each on average, default 10, plus stage history and
 * consent evidence) into the configured database, prints its progress and the final timing, and exits. It refuses a
 * database that already holds leads unless {@code --porchlight.dataset.append=true}. See docs/BENCHMARKS.md.
 */
@Component
@ConditionalOnProperty(BenchmarkDataset.LEADS)
@Order(0)
class BenchmarkDataset implements ApplicationRunner {

    static final String LEADS = "porchlight.dataset.leads";

    private final LeadDataLoader loader;
    private final Environment env;
    private final ConfigurableApplicationContext context;

    BenchmarkDataset(LeadDataLoader loader, Environment env, ConfigurableApplicationContext context) {
        this.loader = loader;
        this.env = env;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        long count = env.getRequiredProperty(LEADS, Long.class);
        double eventsPerLead = env.getProperty("porchlight.dataset.events-per-lead", Double.class, 10.0);
        boolean append = env.getProperty("porchlight.dataset.append", Boolean.class, false);
        long seed = env.getProperty("porchlight.dataset.seed", Long.class, DemoLeadData.SEED);
        int threads = env.getProperty("porchlight.dataset.generator-threads", Integer.class,
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        boolean exit = env.getProperty("porchlight.dataset.exit", Boolean.class, true);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "Benchmark dataset: loading %,d leads, %.1f events per lead on average, into %s%n",
                count, eventsPerLead, env.getProperty("spring.datasource.url"));
        long started = System.nanoTime();
        long[] lastReport = {0};
        LeadDataLoader.Outcome outcome = loader.load(count, eventsPerLead, seed, threads, !append, done -> {
            if (done - lastReport[0] >= count / 20 || done == count) {
                lastReport[0] = done;
                out.printf(Locale.ROOT, "  %,d of %,d leads generated and sent (%.0f s)%n", done, count,
                        (System.nanoTime() - started) / 1e9);
            }
        });
        if (outcome.skipped()) {
            throw new IllegalStateException("The database already holds leads. Load "
                    + "the benchmark dataset into an empty database (a fresh PORCHLIGHT_DATA_DIR), or add "
                    + "--porchlight.dataset.append=true to add to them.");
        }
        BulkLoader.Result r = outcome.result();
        out.printf(Locale.ROOT, "Benchmark dataset loaded: %,d leads, %,d events, %,d stage changes, %,d consent "
                + "records in %.1f s (%.1f s with rotation and statistics); lead tables now take %,d MB%n",
                r.leads(), r.events(), r.stageChanges(), r.consentEvents(), r.millis() / 1000.0,
                (System.nanoTime() - started) / 1e9, loader.leadTablesSize() / (1024 * 1024));
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
