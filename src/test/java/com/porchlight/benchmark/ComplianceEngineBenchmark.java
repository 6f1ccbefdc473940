package com.porchlight.benchmark;

import com.porchlight.compliance.engine.AdvertiserProfile;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.ComplianceEngine;
import com.porchlight.compliance.engine.CreativeContext;
import com.porchlight.compliance.engine.CreativeInput;
import com.porchlight.compliance.engine.DisclosureSnippets;
import com.porchlight.compliance.engine.LoanOfficer;
import com.porchlight.compliance.engine.PartKind;
import com.porchlight.compliance.engine.PostalAddress;
import com.porchlight.compliance.engine.RegulatorType;
import com.porchlight.compliance.engine.TextPart;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the pre-check takes on a typical email and on 1 MB of realistic copy. Not a test: it asserts nothing and
 * runs only with {@code ./mvnw -Pbenchmark test -Dtest=ComplianceEngineBenchmark}; it rewrites its section of
 * docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class ComplianceEngineBenchmark {

    private static final String EMAIL = """
            Rates just dropped: 30-year fixed at 6.125% (6.287% APR). Based on a $300,000 loan, 360 monthly payments of
            $1,822.83; payment does not include taxes and insurance, so the actual payment will be greater. Assumes a
            760 FICO, 80% LTV and 0.5 points. Rates as of 11/26/2026 and subject to change. Talk to Lena Ortiz,
            NMLS #2003004, about refinancing, or skip a payment with our holiday offer. No closing costs this month!
            Harbor Light Home Loans, LLC | NMLS #1002003 | Equal Housing Opportunity.
            100 Main Street, Suite 200, Sacramento, CA 95814. Unsubscribe: reply STOP or click the link below.
            """;

    @Test
    void measure() throws IOException {
        var profile = new AdvertiserProfile("Harbor Light Home Loans, LLC", List.of(), "1002003", RegulatorType.NONBANK,
                true, true, new PostalAddress("100 Main Street, Suite 200", "Sacramento", "CA", "95814"), List.of(),
                List.of(new LoanOfficer("Lena Ortiz", "2003004")), DisclosureSnippets.none());
        var email = new CreativeInput(Channel.EMAIL, List.of(TextPart.of(PartKind.SUBJECT, "Rates just dropped"),
                TextPart.of(PartKind.BODY, EMAIL)), CreativeContext.unknown());
        var big = new CreativeInput(Channel.LANDING_PAGE, List.of(TextPart.of(PartKind.BODY,
                EMAIL.repeat(1_048_576 / EMAIL.length() + 1))), CreativeContext.unknown());

        double emailMicros = medianNanos(() -> ComplianceEngine.check(email, profile), 200, 2000) / 1_000.0;
        double bigMillis = medianNanos(() -> ComplianceEngine.check(big, profile), 3, 11) / 1_000_000.0;

        String section = String.format("""
                <!-- compliance-engine:start -->
                | Compliance pre-check, one %d-character email (subject + body) | median %.0f µs | `./mvnw -Pbenchmark test -Dtest=ComplianceEngineBenchmark` (%s) |
                | Compliance pre-check, 1 MB landing page of realistic copy | median %.0f ms | same command |
                <!-- compliance-engine:end -->""", EMAIL.length(), emailMicros, LocalDate.now(), bigMillis);
        BenchmarksFile.replace("compliance-engine", section.toString());
    }

    private static long medianNanos(Runnable work, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
