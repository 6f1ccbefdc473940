package com.porchlight.benchmark;

import com.porchlight.KaribuTest;
import com.porchlight.lead.AssignmentMode;
import com.porchlight.lead.LeadSourceForm;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.PricingModel;
import com.porchlight.lead.SourceChannel;
import com.porchlight.lead.imports.ImportSummary;
import com.porchlight.lead.imports.LeadImportService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CSV import of 100,000 realistic leads end to end through {@link LeadImportService} (inspection: SHA-256, row count,
 * preview; then validation, de-duplication, routing and batched writes) on the embedded MariaDB. Not a test: it runs
 * only with {@code ./mvnw -Pbenchmark test -Dtest=LeadImportBenchmark} and rewrites its section of
 * docs/BENCHMARKS.md. Target: 100,000 rows in at most 15 s.
 */
@Tag("benchmark")
class LeadImportBenchmark extends KaribuTest {

    private static final int ROWS = 100_000;
    private static final int WARM_UP_ROWS = 20_000;
    /** States weighted roughly by population (code, weight). */
    private static final String[] STATES = {"CA", "39", "TX", "30", "FL", "22", "NY", "20", "PA", "13", "IL", "13",
        "OH", "12", "GA", "11", "NC", "11", "MI", "10", "NJ", "9", "VA", "9", "WA", "8", "AZ", "7", "TN", "7",
        "MA", "7", "IN", "7", "MO", "6", "MD", "6", "WI", "6", "CO", "6", "MN", "6", "SC", "5", "AL", "5", "LA", "5",
        "KY", "5", "OR", "4", "OK", "4", "CT", "4", "UT", "3", "NV", "3", "IA", "3", "AR", "3", "KS", "3", "MS", "3",
        "NM", "2", "NE", "2", "ID", "2", "WV", "2", "HI", "1", "NH", "1", "ME", "1", "MT", "1", "RI", "1", "DE", "1",
        "SD", "1", "ND", "1", "AK", "1", "DC", "1", "VT", "1", "WY", "1"};
    private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
        "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
        "Sarah", "Carlos", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Maria", "Mark", "Sandra",
        "José", "Ashley", "Wei", "Priya", "Nguyen", "Fatima", "Olga", "Chloé"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
        "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
        "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
        "Lewis", "Robinson", "O'Brien", "Nguyen", "Patel", "Kim", "Müller", "Søren"};
    private static final String CONSENT = "By clicking Submit I agree that Harbor Light Home Loans and its partners "
            + "may call and text me about mortgage offers at the number provided, including by autodialer; consent "
            + "is not a condition of purchase.";

    @Autowired
    LeadImportService imports;
    @Autowired
    LeadSourceService sources;

    @Test
    void measure() throws Exception {
        authenticateAs(ADMIN);
        var warmUpSource = sources.create(new LeadSourceForm("Benchmark warm-up " + System.nanoTime(),
                SourceChannel.AGGREGATOR, PricingModel.PER_LEAD, new BigDecimal("22.50"), false, true,
                AssignmentMode.ROUND_ROBIN));
        var source = sources.create(new LeadSourceForm("Benchmark list " + System.nanoTime(), SourceChannel.AGGREGATOR,
                PricingModel.PER_LEAD, new BigDecimal("22.50"), false, true, AssignmentMode.ROUND_ROBIN));
        logout();
        authenticateAs(MARKETER);

        // A server that has been up for a while has compiled its hot code; so does this one before measuring.
        Path warmUp = Files.createTempFile("lead-import-warm-up", ".csv");
        generate(warmUp, WARM_UP_ROWS, new Random(1));
        var warmUpFile = imports.inspect(warmUp, "warm-up.csv");
        await(imports.start(warmUpSource.id(), warmUpFile, warmUpFile.suggested()));

        Path csv = Files.createTempFile("lead-import-benchmark", ".csv");
        Stats stats = generate(csv, ROWS, new Random(20261126));

        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long jvmCpu0 = jvmCpuNanos();
        long dbCpu0 = databaseCpuNanos();
        long t0 = System.nanoTime();
        var file = imports.inspect(csv, "purchased-list-100k.csv");
        long t1 = System.nanoTime();
        ImportSummary done = await(imports.start(source.id(), file, file.suggested()));
        long t2 = System.nanoTime();
        double jvmCpu = (jvmCpuNanos() - jvmCpu0) / 1e9;
        double dbCpu = (databaseCpuNanos() - dbCpu0) / 1e9;

        double inspectSeconds = (t1 - t0) / 1e9;
        double totalSeconds = (t2 - t0) / 1e9;
        String section = String.format(Locale.ROOT, """
                <!-- lead-import:start -->
                | CSV import, %,d rows (%.1f MB, %d columns; %,d bad rows, %,d duplicates) end to end through LeadImportService (after a 20,000-row warm-up import): inspect (SHA-256, count, preview) + validate + de-duplicate + route + write in batches of 500 | %.1f s wall (inspect %.1f s), %,.0f rows/s, with the machine's load average at %.1f; CPU used: application %.1f s, MariaDB %.1f s; %s: %,d imported, %,d duplicates, %,d rejected | `./mvnw -Pbenchmark test -Dtest=LeadImportBenchmark` (%s) |
                <!-- lead-import:end -->""", ROWS, file.size() / 1048576.0,
                file.header().size(), stats.bad, stats.duplicates, totalSeconds, inspectSeconds, ROWS / totalSeconds,
                load, jvmCpu, dbCpu, done.status().label().toLowerCase(Locale.ROOT), done.imported(),
                done.duplicates(), done.rejected(), LocalDate.now());
        BenchmarksFile.replace("lead-import", section.toString());
        if (done.message() != null) {
            System.out.println(done.message());
        }
        Files.deleteIfExists(csv);
    }

    private record Stats(int bad, int duplicates) {
    }

    private ImportSummary await(ImportSummary started) throws InterruptedException {
        ImportSummary done = started;
        while (done.running()) {
            Thread.sleep(20);
            done = imports.get(started.id());
        }
        return done;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of the embedded MariaDB server this JVM started (0 with an external database). */
    private static long databaseCpuNanos() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
    }

    /** A purchased list as an aggregator delivers it: realistic mixes, a few broken rows and repeated people. */
    private static Stats generate(Path path, int rows, Random random) throws IOException {
        int totalWeight = 0;
        for (int i = 1; i < STATES.length; i += 2) {
            totalWeight += Integer.parseInt(STATES[i]);
        }
        int bad = 0;
        int duplicates = 0;
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            out.write("Lead ID,First Name,Last Name,Email,Phone,State,ZIP,Loan Purpose,Loan Type,Credit Score,"
                    + "Annual Income,Monthly Debts,Home Value,Loan Amount,Current Rate,First Time Buyer,Veteran,"
                    + "Lead Date,Email Opt In,TCPA Consent,Consent Text,Consent Timestamp\r\n");
            for (int i = 0; i < rows; i++) {
                int person = i;
                if (i > 1000 && random.nextInt(100) == 0) {
                    person = random.nextInt(i); // the same person bought twice from the aggregator
                    duplicates++;
                }
                Random p = new Random(person * 7919L + 17);
                int w = p.nextInt(totalWeight);
                String state = "CA";
                for (int s = 0; s < STATES.length; s += 2) {
                    w -= Integer.parseInt(STATES[s + 1]);
                    if (w < 0) {
                        state = STATES[s];
                        break;
                    }
                }
                String first = FIRST[p.nextInt(FIRST.length)];
                String last = LAST[p.nextInt(LAST.length)];
                String email = (first + "." + last).toLowerCase(Locale.ROOT).replace("'", "")
                        .replace("é", "e").replace("ü", "u").replace("ø", "o") + person + "@example.com";
                String phone = String.format("(%d) %03d-%04d", 201 + p.nextInt(780), 200 + p.nextInt(799),
                        p.nextInt(10000));
                int purposeRoll = p.nextInt(100);
                String purpose = purposeRoll < 55 ? "Purchase" : purposeRoll < 80 ? "Refinance"
                        : purposeRoll < 93 ? "Cash-out refi" : "HELOC";
                int programRoll = p.nextInt(100);
                String program = programRoll < 62 ? "Conventional" : programRoll < 80 ? "FHA" : programRoll < 90 ? "VA"
                        : programRoll < 94 ? "USDA" : "Jumbo";
                int score = Math.max(500, Math.min(850, (int) Math.round(705 + p.nextGaussian() * 55)));
                int income = Math.max(25_000, (int) Math.round(95_000 * Math.exp(p.nextGaussian() * 0.45)) / 500
                        * 500);
                int debt = (int) (income / 12 * (0.05 + p.nextDouble() * 0.3));
                int value = Math.max(80_000, (int) (income * (3 + p.nextDouble() * 3)) / 1000 * 1000);
                int loan = (int) (value * (purpose.equals("Purchase") ? 0.8 + p.nextDouble() * 0.17
                        : 0.4 + p.nextDouble() * 0.4)) / 1000 * 1000;
                String rate = purpose.equals("Purchase") ? ""
                        : String.format(Locale.ROOT, "%.3f", 2.625 + p.nextInt(41) * 0.125);
                String received = String.format("2026-%02d-%02dT%02d:%02d:00Z", 1 + p.nextInt(10), 1 + p.nextInt(28),
                        p.nextInt(24), p.nextInt(60));
                boolean emailOptIn = p.nextInt(100) < 70;
                boolean sms = p.nextInt(100) < 45;
                String zip = String.format("%05d", 1000 + p.nextInt(98000));
                String[] cells = {"AGG-" + (100_000 + person), first, last, email, phone, state, zip, purpose, program,
                    Integer.toString(score), "$" + String.format("%,d", income), Integer.toString(debt),
                    Integer.toString(value), Integer.toString(loan), rate, p.nextInt(100) < 30 ? "Y" : "N",
                    program.equals("VA") ? "Y" : "N", received, emailOptIn ? "yes" : "no", sms ? "yes" : "no",
                    sms ? CONSENT : "", sms ? received : ""};
                int damage = random.nextInt(400);
                if (damage == 0) {
                    cells[3] = "not-an-email";
                    bad++;
                } else if (damage == 1) {
                    cells[5] = "XX";
                    bad++;
                } else if (damage == 2) {
                    cells[7] = "Construction";
                    bad++;
                }
                var line = new StringBuilder();
                for (int c = 0; c < cells.length; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    String v = cells[c];
                    line.append(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
                }
                if (damage == 3) {
                    line.append(",stray"); // a ragged row
                    bad++;
                }
                out.write(line.append("\r\n").toString());
            }
        }
        return new Stats(bad, duplicates);
    }
}
