package com.porchlight.lead;

import com.porchlight.benchmark.BenchmarksFile;
import com.porchlight.KaribuTest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the Leads grid takes to count and to fetch its first page (50 rows) for typical filters, through the real
 * {@link LeadQueryService}, on a database that already holds the benchmark data (about a million leads). Not a test:
 * it asserts nothing and runs only with
 * {@code ./mvnw -Pbenchmark test -Dtest=LeadsGridBenchmark -Dspring.datasource.url=jdbc:mariadb://HOST:PORT/porchlight}
 * (plus user and password if the server needs them). It prints the plans (EXPLAIN) and rewrites its section of
 * docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class LeadsGridBenchmark extends KaribuTest {

    private static final int RUNS = 5;

    @Autowired
    LeadQueryService query;
    @Autowired
    JdbcTemplate jdbc;

    private record Scenario(String name, String who, LeadFilter filter, List<LeadSort> sort) {
    }

    private record Result(Scenario scenario, long count, double countMs, double pageMs, String plan) {
    }

    @Test
    void measure() throws IOException {
        long leads = jdbc.queryForObject("SELECT COUNT(*) FROM leads", Long.class);
        Map<String, Object> sample = jdbc.queryForMap("SELECT email, phone, last_name, source_id FROM leads "
                + "WHERE email IS NOT NULL AND phone IS NOT NULL ORDER BY id LIMIT 1 OFFSET 777");
        String email = ((String) sample.get("email"));
        String phone = ((String) sample.get("phone"));
        String lastName = ((String) sample.get("last_name"));
        long source = ((Number) sample.get("source_id")).longValue();
        String firstAndLast = jdbc.queryForObject("SELECT CONCAT(first_name, ' ', LEFT(last_name, 3)) FROM leads "
                + "ORDER BY id LIMIT 1 OFFSET 4242", String.class);
        LeadFilter all = LeadFilter.none();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Scenario> scenarios = List.of(
                new Scenario("No filter, newest first", ADMIN, all, List.of()),
                new Scenario("Stage New", ADMIN, all.withStages(Set.of(Stage.NEW)), List.of()),
                new Scenario("Stage New or Contacted", ADMIN, all.withStages(Set.of(Stage.NEW, Stage.CONTACTED)),
                        List.of()),
                new Scenario("State CA + stage New", ADMIN, all.withStates(Set.of("CA")).withStages(Set.of(Stage.NEW)),
                        List.of()),
                new Scenario("State ND + Funded + USDA", ADMIN, all.withStates(Set.of("ND"))
                        .withStages(Set.of(Stage.FUNDED)).withPrograms(Set.of(LoanProgram.USDA)), List.of()),
                new Scenario("One source + stage New", ADMIN, all.withSources(Set.of(source))
                        .withStages(Set.of(Stage.NEW)), List.of()),
                new Scenario("Program VA", ADMIN, all.withPrograms(Set.of(LoanProgram.VA)), List.of()),
                new Scenario("Credit Excellent + Home equity", ADMIN, all.withCreditBands(Set.of(CreditBand.EXCELLENT))
                        .withPurposes(Set.of(LoanPurpose.HOME_EQUITY)), List.of()),
                new Scenario("Unassignable", ADMIN, all.withAssignee(LeadFilter.Assignee.unassignable()), List.of()),
                new Scenario("Received in the last 30 days", ADMIN, all.withReceived(today.minusDays(30), today),
                        List.of()),
                new Scenario("Search last name \"" + lastName.substring(0, 3) + "\"", ADMIN,
                        all.withSearch(lastName.substring(0, 3)), List.of()),
                new Scenario("Search \"" + firstAndLast + "\" (first + last)", ADMIN, all.withSearch(firstAndLast),
                        List.of()),
                new Scenario("Search one letter \"a\"", ADMIN, all.withSearch("a"), List.of()),
                new Scenario("Search email prefix (" + email.substring(0, Math.min(8, email.indexOf('@'))) + "…@)",
                        ADMIN, all.withSearch(email.substring(0, email.indexOf('@') + 1)), List.of()),
                new Scenario("Search phone prefix (6 digits)", ADMIN, all.withSearch(phone.substring(0, 6)), List.of()),
                new Scenario("No filter, sorted by name", ADMIN, all,
                        List.of(new LeadSort(LeadSort.Column.NAME, true))),
                new Scenario("No filter, sorted by stage", ADMIN, all,
                        List.of(new LeadSort(LeadSort.Column.STAGE, true))),
                new Scenario("Loan officer: own leads", LOAN_OFFICER, all, List.of()),
                new Scenario("Loan officer: own leads, stage New", LOAN_OFFICER, all.withStages(Set.of(Stage.NEW)),
                        List.of()));

        List<Result> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            authenticateAs(s.who());
            long[] count = {0};
            double countMs = medianMillis(() -> count[0] = query.count(s.filter()));
            double pageMs = medianMillis(() -> query.page(s.filter(), 0, 50, s.sort()));
            String plan = plan(s);
            results.add(new Result(s, count[0], countMs, pageMs, plan));
            System.out.printf("%-45s %,9d leads  count %7.1f ms  page %7.1f ms  %s%n", s.name(), count[0], countMs,
                    pageMs, plan);
        }
        logout();
        write(leads, results);
    }

    /** The index each statement uses, as EXPLAIN reports it (count; page). */
    private String plan(Scenario s) {
        LeadSql where = LeadSql.where(s.filter(), LeadAccess.onlyLeadsOf());
        String count = explain("SELECT COUNT(*) FROM leads l" + where.clause(), where.params());
        List<Object> params = new ArrayList<>(where.paramList());
        params.add(50);
        params.add(0);
        String page = explain(query.pageIds(where, s.sort()), params.toArray());
        return "count: " + count + "; page: " + page;
    }

    private String explain(String sql, Object[] params) {
        List<Map<String, Object>> rows = jdbc.queryForList("EXPLAIN " + sql, params);
        return rows.stream().map(r -> r.get("type") + " " + r.get("key")
                + (String.valueOf(r.get("Extra")).contains("filesort") ? " + filesort" : ""))
                .collect(Collectors.joining(", "));
    }

    private static double medianMillis(Supplier<?> work) {
        work.get();
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        return times[RUNS / 2] / 1_000_000.0;
    }

    private static void write(long leads, List<Result> results) throws IOException {
        var section = new StringBuilder();
        section.append("<!-- leads-grid:start -->\n");
        section.append(String.format("### Leads grid (%,d leads, %s)%n%n", leads, LocalDate.now()));
        section.append("Median of ").append(RUNS).append(" runs after one warm-up, through `LeadQueryService` "
                + "(count; first page of 50 rows with source and loan officer names). Command: "
                + "`./mvnw -Pbenchmark test -Dtest=LeadsGridBenchmark "
                + "-Dspring.datasource.url=jdbc:mariadb://127.0.0.1:PORT/porchlight` against a database holding the "
                + "benchmark data.\n\n");
        section.append("| Filter | Matching leads | Count | First page | Plan (EXPLAIN: count; page) |\n");
        section.append("|---|---:|---:|---:|---|\n");
        for (Result r : results) {
            section.append(String.format("| %s | %,d | %.0f ms | %.0f ms | %s |%n", r.scenario().name(), r.count(),
                    r.countMs(), r.pageMs(), r.plan()));
        }
        section.append("<!-- leads-grid:end -->");
        BenchmarksFile.replace("leads-grid", section.toString());
    }
}
