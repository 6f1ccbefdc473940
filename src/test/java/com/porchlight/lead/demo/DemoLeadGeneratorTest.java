package com.porchlight.lead.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.lead.ConsentAction;
import com.porchlight.lead.ContactChannel;
import com.porchlight.lead.CreditBand;
import com.porchlight.lead.EventType;
import com.porchlight.lead.LoanProgram;
import com.porchlight.lead.LoanPurpose;
import com.porchlight.lead.Stage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo data generator: deterministic, realistic in aggregate, and consistent lead by lead. */
class DemoLeadGeneratorTest {

    static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");
    static final int N = 8_000;
    static final List<DemoLeadGenerator.Officer> OFFICERS = List.of(
            new DemoLeadGenerator.Officer(11, "west@example.com", Set.of("CA", "AZ", "NV", "OR", "WA")),
            new DemoLeadGenerator.Officer(12, "south@example.com", Set.of("TX", "FL", "GA")),
            new DemoLeadGenerator.Officer(13, "texas@example.com", Set.of("TX", "OK")),
            new DemoLeadGenerator.Officer(14, "east@example.com", Set.of("NY", "NJ", "PA", "MA", "IL", "OH", "NC",
                    "VA", "MI")));
    static final Set<String> LICENSED = Set.of("CA", "AZ", "NV", "OR", "WA", "TX", "FL", "GA", "OK", "NY", "NJ", "PA",
            "MA", "IL", "OH", "NC", "VA", "MI");

    static List<DemoLead> leads;

    static DemoLeadGenerator generator(long seed) {
        List<DemoLeadGenerator.SourceRef> sources = new ArrayList<>();
        long id = 100;
        for (DemoSource s : DemoSource.ALL) {
            sources.add(new DemoLeadGenerator.SourceRef(id++, s, s.assignment()));
        }
        return new DemoLeadGenerator(seed, NOW, sources, OFFICERS, 10);
    }

    @BeforeAll
    static void generate() {
        DemoLeadGenerator g = generator(7);
        leads = new ArrayList<>(N);
        for (long id = 1; id <= N; id++) {
            leads.add(g.lead(id));
        }
    }

    static double share(Predicate<DemoLead> p) {
        return leads.stream().filter(p).count() / (double) leads.size();
    }

    static double shareOf(Predicate<DemoLead> of, Predicate<DemoLead> p) {
        List<DemoLead> base = leads.stream().filter(of).toList();
        return base.stream().filter(p).count() / (double) base.size();
    }

    @Test
    void the_same_seed_gives_the_same_leads_in_any_order_and_another_seed_other_leads() {
        DemoLeadGenerator again = generator(7);
        assertThat(again.lead(4_321)).isEqualTo(leads.get(4_320));
        assertThat(again.lead(17)).isEqualTo(leads.get(16));
        assertThat(generator(8).lead(17)).isNotEqualTo(leads.get(16));
    }

    @Test
    void purposes_programs_and_borrowers_follow_a_lenders_mix() {
        assertThat(share(l -> l.purpose() == LoanPurpose.PURCHASE)).isBetween(0.50, 0.60);
        assertThat(share(l -> l.purpose() == LoanPurpose.REFINANCE)).isBetween(0.20, 0.30);
        assertThat(share(l -> l.purpose() == LoanPurpose.CASH_OUT_REFINANCE)).isBetween(0.09, 0.15);
        assertThat(share(l -> l.purpose() == LoanPurpose.HOME_EQUITY)).isBetween(0.05, 0.11);
        Predicate<DemoLead> mortgage = l -> l.program() != null;
        assertThat(shareOf(mortgage, l -> l.program() == LoanProgram.CONVENTIONAL)).isBetween(0.55, 0.67);
        assertThat(shareOf(mortgage, l -> l.program() == LoanProgram.FHA)).isBetween(0.15, 0.25);
        assertThat(shareOf(mortgage, l -> l.program() == LoanProgram.VA)).isBetween(0.05, 0.10);
        assertThat(shareOf(mortgage, l -> l.program() == LoanProgram.USDA)).isBetween(0.015, 0.05);
        assertThat(shareOf(mortgage, l -> l.program() == LoanProgram.JUMBO)).isBetween(0.05, 0.09);
        assertThat(share(DemoLead::veteran)).isBetween(0.07, 0.11);
        assertThat(shareOf(l -> l.purpose() == LoanPurpose.PURCHASE, DemoLead::firstTimeBuyer)).isBetween(0.35, 0.55);
        double meanScore = leads.stream().mapToInt(DemoLead::creditScore).average().orElseThrow();
        assertThat(meanScore).isBetween(705.0, 720.0);
        assertThat(leads).allSatisfy(l -> {
            assertThat(l.creditScore()).isBetween(500, 850);
            assertThat(l.creditBand()).isEqualTo(CreditBand.of(l.creditScore()));
        });
    }

    @Test
    void states_come_by_population_with_zip_area_code_and_county_of_that_state() {
        assertThat(share(l -> l.state().equals("CA"))).isBetween(0.10, 0.13);
        assertThat(share(l -> l.state().equals("TX"))).isBetween(0.075, 0.10);
        assertThat(share(l -> l.state().equals("WY"))).isBetween(0.0005, 0.004);
        assertThat(leads.stream().map(DemoLead::state).distinct().count()).isEqualTo(51);
        assertThat(leads).allSatisfy(l -> {
            Markets.State st = Markets.state(l.state());
            Markets.County county = st.counties().stream().filter(c -> c.name().equals(l.county())).findFirst()
                    .orElseThrow();
            assertThat(county.zip3()).contains(l.zip().substring(0, 3));
            assertThat(l.zip()).hasSize(5);
            if (l.phone() != null) {
                assertThat(st.areaCodes()).contains(l.phone().substring(0, 3));
                assertThat(l.phone()).hasSize(10).containsOnlyDigits();
            }
        });
        assertThat(leads.stream().map(DemoLead::email).distinct().count()).isEqualTo(N);
    }

    @Test
    void loans_fit_the_borrower_va_is_for_veterans_and_jumbo_is_exactly_above_the_conforming_limit() {
        assertThat(leads).allSatisfy(l -> {
            if (l.program() == LoanProgram.VA) {
                assertThat(l.veteran()).isTrue();
            }
            if (l.program() != null) {
                assertThat(l.program() == LoanProgram.JUMBO)
                        .as("lead %d: $%d against a limit of $%d", l.id(), l.loanAmount(),
                                DemoLeadGenerator.loanLimitOf(l))
                        .isEqualTo(l.loanAmount() > DemoLeadGenerator.loanLimitOf(l));
            }
            double dti = l.monthlyDebt() * 1200.0 / l.annualIncome();
            assertThat(dti).as("DTI of lead %d", l.id()).isBetween(5.0, 60.0);
            double ltv = l.loanAmount() * 100.0 / l.propertyValue();
            // A home-equity line is small against the home; a mortgage is most of it.
            assertThat(ltv).as("LTV of lead %d", l.id()).isBetween(l.program() == null ? 0.1 : 40.0,
                    l.program() == null ? 45.0 : 100.0);
        });
        double meanDti = leads.stream().mapToDouble(l -> l.monthlyDebt() * 1200.0 / l.annualIncome()).average()
                .orElseThrow();
        assertThat(meanDti).isBetween(32.0, 40.0);
        // Incomes that fit the homes: a million-dollar borrower does not earn $30,000.
        assertThat(leads.stream().filter(l -> l.propertyValue() > 1_000_000))
                .allSatisfy(l -> assertThat(l.annualIncome()).isGreaterThan(90_000));
    }

    @Test
    void refinance_and_home_equity_leads_hold_a_current_loan_whose_rate_matches_its_year() {
        assertThat(leads).allSatisfy(l -> {
            boolean holdsLoan = l.purpose() != LoanPurpose.PURCHASE;
            assertThat(l.currentRate() != null).isEqualTo(holdsLoan);
            assertThat(l.currentOriginatedOn() != null).isEqualTo(holdsLoan);
            assertThat(l.currentTermMonths() != null).isEqualTo(holdsLoan);
            assertThat(l.currentProgram() != null).isEqualTo(holdsLoan);
            if (holdsLoan) {
                assertThat(l.currentRate()).isBetween(new BigDecimal("2.600"), new BigDecimal("7.800"));
                assertThat(l.currentOriginatedOn()).isBefore(l.receivedAt().atZone(java.time.ZoneOffset.UTC)
                        .toLocalDate().minusDays(180));
            }
        });
        assertThat(meanRate(2020, 2021)).isBetween(2.6, 3.6);
        assertThat(meanRate(2023, 2023)).isBetween(6.5, 7.5);
        // Refinancing pays for those who locked in at 2023's rates, not 2021's.
        assertThat(shareOf(l -> l.purpose() == LoanPurpose.REFINANCE,
                l -> l.currentOriginatedOn().getYear() >= 2022)).isGreaterThan(0.8);
    }

    private static double meanRate(int fromYear, int toYear) {
        return leads.stream().filter(l -> l.currentOriginatedOn() != null
                        && l.currentOriginatedOn().getYear() >= fromYear && l.currentOriginatedOn().getYear() <= toYear)
                .mapToDouble(l -> l.currentRate().doubleValue()).average().orElseThrow();
    }

    @Test
    void consent_columns_are_what_the_evidence_says() {
        assertThat(share(l -> l.emailOptInAt() != null)).isBetween(0.62, 0.76);
        assertThat(share(l -> l.pewcAt() != null)).isBetween(0.39, 0.51);
        assertThat(share(l -> l.emailUnsubscribedAt() != null)).isBetween(0.01, 0.08);
        assertThat(share(DemoLead::doNotCall)).isBetween(0.003, 0.03);
        assertThat(leads).allSatisfy(l -> {
            assertThat(l.emailOptInAt()).isEqualTo(last(l, ContactChannel.EMAIL, ConsentAction.OPT_IN));
            assertThat(l.emailUnsubscribedAt()).isEqualTo(last(l, ContactChannel.EMAIL, ConsentAction.UNSUBSCRIBE));
            assertThat(l.pewcAt()).isEqualTo(last(l, ContactChannel.SMS, ConsentAction.WRITTEN_CONSENT));
            assertThat(l.pewcAt()).isEqualTo(last(l, ContactChannel.PHONE, ConsentAction.WRITTEN_CONSENT));
            assertThat(l.smsRevokedAt()).isEqualTo(last(l, ContactChannel.SMS, ConsentAction.REVOKED));
            assertThat(l.callRevokedAt()).isEqualTo(last(l, ContactChannel.PHONE, ConsentAction.REVOKED));
            assertThat(l.doNotCall()).isEqualTo(last(l, ContactChannel.PHONE, ConsentAction.DNC_ADDED) != null);
            if (l.pewcAt() != null) {
                assertThat(l.phone()).isNotNull();
                assertThat(l.consent()).filteredOn(c -> c.action() == ConsentAction.WRITTEN_CONSENT)
                        .allSatisfy(c -> assertThat(c.text()).contains("Harbor Light Mortgage").hasSizeGreaterThan(150));
                assertThat(l.pewcAt()).isBefore(l.receivedAt());
            }
            // No texting after STOP, no email opened after unsubscribing.
            l.events().forEach(e -> {
                if (e.type() == EventType.SMS_REPLY) {
                    assertThat(l.pewcAt()).isNotNull();
                    assertThat(l.smsRevokedAt() == null || e.at().isBefore(l.smsRevokedAt())).isTrue();
                }
                if (e.type() == EventType.EMAIL_OPEN) {
                    assertThat(l.emailOptInAt()).isNotNull();
                    assertThat(l.emailUnsubscribedAt() == null || e.at().isBefore(l.emailUnsubscribedAt())).isTrue();
                }
            });
        });
    }

    private static Instant last(DemoLead l, ContactChannel channel, ConsentAction action) {
        return l.consent().stream().filter(c -> c.channel() == channel && c.action() == action)
                .map(DemoLead.ConsentFact::at).reduce((a, b) -> b).orElse(null);
    }

    @Test
    void every_lead_has_a_truthful_stage_history_and_funded_loans_close_60_to_120_days_after_receipt() {
        assertThat(leads).allSatisfy(l -> {
            List<DemoLead.StageChange> h = l.history();
            assertThat(h.getFirst().from()).isNull();
            assertThat(h.getFirst().to()).isEqualTo(Stage.NEW);
            assertThat(h.getFirst().at()).isEqualTo(l.receivedAt());
            assertThat(h.getFirst().reason()).isEqualTo("Received");
            for (int i = 1; i < h.size(); i++) {
                assertThat(h.get(i).from()).isEqualTo(h.get(i - 1).to());
                assertThat(h.get(i - 1).to().nextStages()).contains(h.get(i).to());
                assertThat(h.get(i).at()).isAfter(h.get(i - 1).at());
            }
            assertThat(l.stage()).isEqualTo(h.getLast().to());
            assertThat(l.stageChangedAt()).isEqualTo(h.getLast().at());
            assertThat(h.getLast().at()).isBeforeOrEqualTo(NOW);
            assertThat(l.lostReason()).isEqualTo(l.stage() == Stage.LOST ? h.getLast().reason() : null);
            Optional<Instant> contacted = h.stream().filter(c -> c.to() == Stage.CONTACTED)
                    .map(DemoLead.StageChange::at).findFirst();
            assertThat(Optional.ofNullable(l.firstContactedAt())).isEqualTo(contacted);
            if (l.stage() == Stage.FUNDED) {
                assertThat(h).extracting(DemoLead.StageChange::to).contains(Stage.APPLICATION, Stage.SQL);
                assertThat(Duration.between(l.receivedAt(), l.stageChangedAt()).toDays()).isBetween(60L, 120L);
                assertThat(l.prequalifiedAt()).isNotNull();
            }
            if (l.prequalifiedAt() != null) {
                assertThat(l.prequalifiedAt()).isAfter(l.receivedAt());
            }
        });
        double fundedOfPrequalified = shareOf(l -> l.prequalifiedAt() != null, l -> l.stage() == Stage.FUNDED);
        assertThat(fundedOfPrequalified).isBetween(0.05, 0.10);
        assertThat(share(l -> l.stage() == Stage.LOST)).isBetween(0.40, 0.70);
        // Speed to lead runs from minutes to days.
        List<Long> minutes = leads.stream().filter(l -> l.firstContactedAt() != null)
                .map(l -> Duration.between(l.receivedAt(), l.firstContactedAt()).toMinutes()).sorted().toList();
        assertThat(minutes.get(minutes.size() / 4)).isLessThan(15);
        assertThat(minutes.get(minutes.size() * 9 / 10)).isGreaterThan(24 * 60);
    }

    @Test
    void leads_go_only_to_officers_licensed_in_their_state_and_the_rest_are_flagged() {
        Map<Long, Set<String>> licences = new java.util.HashMap<>();
        OFFICERS.forEach(o -> licences.put(o.id(), o.states()));
        Set<Long> used = new HashSet<>();
        assertThat(leads).allSatisfy(l -> {
            if (l.assignedLoId() != null) {
                assertThat(licences.get(l.assignedLoId())).contains(l.state());
                assertThat(l.assignedAt()).isAfterOrEqualTo(l.receivedAt());
                used.add(l.assignedLoId());
            }
            if (l.unassignable()) {
                assertThat(LICENSED).doesNotContain(l.state());
                assertThat(l.assignedLoId()).isNull();
            }
            if (l.firstContactedAt() != null) {
                assertThat(l.assignedLoId()).isNotNull();
            }
        });
        assertThat(used).containsExactlyInAnyOrder(11L, 12L, 13L, 14L);
        assertThat(leads).filteredOn(l -> !LICENSED.contains(l.state()) && l.assignedLoId() == null
                && !l.unassignable()).allSatisfy(l -> assertThat(l.sourceId()).isEqualTo(manualSourceId()));
    }

    private static long manualSourceId() {
        return 100 + DemoSource.ALL.indexOf(DemoSource.ALL.stream()
                .filter(s -> s.assignment() == com.porchlight.lead.AssignmentMode.MANUAL).findFirst().orElseThrow());
    }

    @Test
    void events_average_ten_a_lead_in_time_order_and_the_last_one_is_the_last_activity() {
        double perLead = leads.stream().mapToInt(l -> l.events().size()).average().orElseThrow();
        assertThat(perLead).isBetween(9.5, 10.5);
        Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
        leads.forEach(l -> l.events().forEach(e -> byType.merge(e.type(), 1, Integer::sum)));
        assertThat(byType.keySet()).containsAll(List.of(EventType.values()));
        assertThat(byType.get(EventType.RATE_QUOTE)).isGreaterThan(byType.get(EventType.APPLICATION_START) * 10);
        assertThat(leads).allSatisfy(l -> {
            for (int i = 1; i < l.events().size(); i++) {
                assertThat(l.events().get(i).at()).isAfterOrEqualTo(l.events().get(i - 1).at());
            }
            l.events().forEach(e -> assertThat(e.at()).isAfter(l.receivedAt()).isBeforeOrEqualTo(NOW));
            assertThat(l.lastActivityAt()).isEqualTo(l.events().isEmpty() ? null : l.events().getLast().at());
            if (l.stage() == Stage.APPLICATION || l.stage() == Stage.FUNDED) {
                assertThat(l.events()).extracting(DemoLead.Activity::type).contains(EventType.APPLICATION_START);
            }
        });
        // Bursts: active leads cluster their rate shopping within days, and leads over a year old are mostly quiet.
        long recentOfOld = leads.stream().filter(l -> l.receivedAt().isBefore(NOW.minus(Duration.ofDays(365))))
                .flatMap(l -> l.events().stream()).filter(e -> e.at().isAfter(NOW.minus(Duration.ofDays(30)))).count();
        long allOfOld = leads.stream().filter(l -> l.receivedAt().isBefore(NOW.minus(Duration.ofDays(365))))
                .mapToLong(l -> l.events().size()).sum();
        assertThat(recentOfOld / (double) allOfOld).isLessThan(0.1);
    }

    @Test
    void leads_arrive_over_the_last_eighteen_months_more_of_them_lately() {
        assertThat(leads).allSatisfy(l -> assertThat(l.receivedAt())
                .isBetween(NOW.minus(Duration.ofDays(DemoLeadGenerator.HISTORY_DAYS + 3)), NOW));
        long lastQuarter = leads.stream().filter(l -> l.receivedAt().isAfter(NOW.minus(Duration.ofDays(91)))).count();
        long firstQuarter = leads.stream().filter(l -> l.receivedAt().isBefore(NOW.minus(Duration.ofDays(548 - 91))))
                .count();
        assertThat(lastQuarter).isGreaterThan(firstQuarter);
    }

    @Test
    void rows_are_written_as_load_data_reads_them() {
        TsvRows[] out = {new TsvRows(64), new TsvRows(64), new TsvRows(64), new TsvRows(64)};
        DemoLead l = leads.getFirst();
        LeadTables.write(l, out);
        String row = new String(out[LeadTables.LEADS.ordinal()].toBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String[] fields = row.substring(0, row.length() - 1).split("\t", -1);
        assertThat(fields).hasSize(LeadTables.LEADS.loadStatement().split("\\(")[1].split(",").length);
        assertThat(fields[0]).isEqualTo(Long.toString(l.id()));
        assertThat(fields[29]).isEqualTo(l.receivedAt().toString().replace('T', ' ').replace("Z", ""));
        assertThat(out[LeadTables.EVENTS.ordinal()].rows()).isEqualTo(l.events().size());
        assertThat(out[LeadTables.STAGE_CHANGES.ordinal()].rows()).isEqualTo(l.history().size());

        TsvRows escaped = new TsvRows(8);
        escaped.text("a\tb\\c\nd").text("Renée\t€😀").text((String) null)
                .time(Instant.parse("2024-02-29T23:59:58.000123Z"))
                .date(java.time.LocalDate.of(1999, 12, 31)).endRow();
        assertThat(new String(escaped.toBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("a\\tb\\\\c\\nd\tRenée\\t€😀\t\\N\t2024-02-29 23:59:58.000123\t1999-12-31\n");
    }
}
