package com.porchlight.lead.demo;

import com.porchlight.base.UsStates;
import com.porchlight.rate.MarketAverages;
import com.porchlight.lead.AssignmentMode;
import com.porchlight.lead.ConsentAction;
import com.porchlight.lead.ContactChannel;
import com.porchlight.lead.CreditBand;
import com.porchlight.lead.EventType;
import com.porchlight.lead.LoanProgram;
import com.porchlight.lead.LoanPurpose;
import com.porchlight.lead.SourceChannel;
import com.porchlight.lead.Stage;
import com.porchlight.lead.demo.DemoLead.Activity;
import com.porchlight.lead.demo.DemoLead.ConsentFact;
import com.porchlight.lead.demo.DemoLead.StageChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Deterministic generator of realistic leads: the same seed, clock and id always give the same lead, whatever order
 * or thread leads are generated in (each lead draws from its own random stream), so a million leads can be generated
 * in parallel and a test can regenerate any one of them.
 *
 * <p>What it models, in the order it draws it: the source (volume shares, costs and lead quality of
 * {@link DemoSource}); the state by population, a county and ZIP of that state; when the lead arrived (the last
 * {@value #HISTORY_DAYS} days, growing volume, business hours in the state's time zone, fewer at weekends); the
 * borrower (veteran 9 %, credit score ~N(715, 58) clipped to 500–850, first-time buyer among purchase leads); the home
 * value from the county's market, the program and loan amount (VA only for veterans, jumbo exactly when the amount is
 * above the county's conforming limit), the current loan of refinance and home-equity leads (origination year by
 * purpose, note rate of that quarter's market by program, term and credit, 2.625–7.75 %), the income that gives a
 * plausible back-end DTI; consent evidence; the funnel (speed to lead, stage by stage with realistic drop-out and lost
 * reasons, funding 60–120 days after receipt); and engagement events (an intake burst, rate-shopping bursts, email
 * opens over weeks, calls and applications that match the funnel), on average {@code eventsPerLead} per lead.
 *
 * <p>{@code monthlyDebt} is the back-end figure: all monthly debt payments including the (proposed or current)
 * housing payment, so the database's derived DTI is the back-end DTI lenders quote.
 */
public final class DemoLeadGenerator {

    /** A loan officer leads can be routed to: only to one licensed in the lead's state. */
    public record Officer(long id, String email, Set<String> states) {
    }

    /** A lead source as stored (its id and routing) with the demo profile its leads are drawn from. */
    public record SourceRef(long id, DemoSource profile, AssignmentMode assignment) {
    }

    public static final int HISTORY_DAYS = 548;
    public static final String CREATED_BY = "Demo data";
    /** Today's 30-year fixed rate the demo quotes and qualifies at. */
    static final double MARKET_RATE = 6.30;
    private static final long DAY = 86_400;
    private static final long HOUR = 3_600;
    private static final String SYSTEM = "system";
    private static final String NO_ANSWER = "Could not reach: no answer after 6 attempts";

    private static final List<Markets.State> STATES = Markets.all();
    private static final double[] STATE_WEIGHTS = STATES.stream().mapToDouble(Markets.State::population).toArray();
    private static final double[] HOUR_WEIGHTS = {0.3, 0.2, 0.15, 0.1, 0.1, 0.2, 0.6, 1.2, 2.0, 3.0, 3.6, 3.8, 4.0,
        3.8, 3.6, 3.4, 3.2, 3.0, 3.0, 3.3, 3.4, 2.8, 1.8, 0.8};
    private static final String[] DOMAINS = {"example.com", "example.net", "example.org", "mail.example",
        "inbox.example"};
    private static final String[] EIGHTHS = {"000", "125", "250", "375", "500", "625", "750", "875"};

    private final long seed;
    private final long now;
    private final List<SourceRef> sources;
    private final double[] sourceWeights;
    private final Map<String, List<Officer>> licensed = new HashMap<>();
    private final double eventsPerLead;

    public DemoLeadGenerator(long seed, Instant now, List<SourceRef> sources, List<Officer> officers,
            double eventsPerLead) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("The generator needs at least one lead source");
        }
        this.seed = seed;
        this.now = now.getEpochSecond();
        this.sources = List.copyOf(sources);
        this.sourceWeights = sources.stream().mapToDouble(s -> s.profile().share()).toArray();
        this.eventsPerLead = eventsPerLead;
        for (Officer o : officers.stream().sorted(Comparator.comparingLong(Officer::id)).toList()) {
            for (String state : o.states()) {
                licensed.computeIfAbsent(state, k -> new ArrayList<>()).add(o);
            }
        }
    }

    public Instant now() {
        return Instant.ofEpochSecond(now);
    }

    /** The lead with this id: always the same for the same seed, clock, sources and officers. */
    public DemoLead lead(long id) {
        return new Draw(id).lead();
    }

    /** The conforming loan limit that decided whether the lead's loan is jumbo. */
    public static long loanLimitOf(DemoLead lead) {
        return Markets.loanLimit(lead.state(), lead.county());
    }

    /** All the draws for one lead, from its own random stream. */
    private final class Draw {
        private final long id;
        private final SplittableRandom r;
        private long received;

        Draw(long id) {
            this.id = id;
            this.r = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + id));
        }

        DemoLead lead() {
            SourceRef source = sources.get(weighted(sourceWeights));
            DemoSource p = source.profile();
            Markets.State st = STATES.get(weighted(STATE_WEIGHTS));
            Markets.County county = st.counties().get(weighted(st.counties().stream()
                    .mapToDouble(Markets.County::share).toArray()));
            String zip = pick(county.zip3()) + two(between(1, 98));
            received = receivedAt(st.utcOffsetHours());

            String first = pick(Names.FIRST);
            String last = pick(Names.LAST);
            String email = email(first, last);
            String phone = chance(p.phoneShare()) ? pick(st.areaCodes()) + "555" + four(between(100, 9999)) : null;
            String externalId = p.externalIdPrefix() == null ? null
                    : p.externalIdPrefix() + (100_000_000L + Math.floorMod(id * 7_919L, 900_000_000L));

            boolean veteran = chance(0.09);
            LoanPurpose purpose = LoanPurpose.values()[weighted(p.purposeMix())];
            boolean firstTimeBuyer = purpose == LoanPurpose.PURCHASE && chance(p.firstTimeBuyerShare());
            int score = (int) Math.round(clamp(715 + 58 * r.nextGaussian() + p.creditShift()
                    + (firstTimeBuyer ? -12 : 0), 500, 850));

            Loan loan = loan(purpose, st, county, veteran, firstTimeBuyer, score, received);

            // Consent evidence first: whether a lead can be called or emailed shapes the funnel and the events.
            List<ConsentFact> consent = new ArrayList<>(4);
            Instant receivedI = Instant.ofEpochSecond(received);
            long optIn = -1;
            long unsubscribed = -1;
            if (chance(p.emailOptIn())) {
                optIn = received;
                consent.add(new ConsentFact(ContactChannel.EMAIL, ConsentAction.OPT_IN, receivedI, p.captureSource(),
                        null, receivedI, CREATED_BY));
                if (chance(0.07)) {
                    long at = received + DAY + (long) (r.nextExponential() * 35 * DAY);
                    if (at <= now) {
                        unsubscribed = at;
                        consent.add(new ConsentFact(ContactChannel.EMAIL, ConsentAction.UNSUBSCRIBE, inst(at),
                                "Unsubscribe link in a \"Rate watch\" email", null, inst(at), SYSTEM));
                    }
                }
            }
            long pewc = -1;
            long smsRevoked = -1;
            long dnc = -1;
            if (phone != null && chance(p.smsConsent())) {
                pewc = received - (p.channel() == SourceChannel.LIVE_TRANSFER ? between(120, 600) : between(20, 240));
                for (ContactChannel channel : List.of(ContactChannel.SMS, ContactChannel.PHONE)) {
                    consent.add(new ConsentFact(channel, ConsentAction.WRITTEN_CONSENT, inst(pewc), p.captureSource(),
                            p.consentText(), receivedI, CREATED_BY));
                }
                if (chance(0.05)) {
                    long at = received + HOUR + (long) (r.nextExponential() * 20 * DAY);
                    if (at <= now) {
                        smsRevoked = at;
                        consent.add(new ConsentFact(ContactChannel.SMS, ConsentAction.REVOKED, inst(at),
                                "Replied STOP to a text message", null, inst(at), SYSTEM));
                    }
                }
            }
            if (phone != null && chance(0.015)) {
                long at = received + HOUR + (long) (r.nextExponential() * 30 * DAY);
                if (at <= now) {
                    dnc = at;
                }
            }

            // Routing exactly as the writer does it: round-robin among officers licensed in the state, else flagged.
            List<Officer> candidates = licensed.getOrDefault(st.code(), List.of());
            Officer officer = null;
            long assignedAt = -1;
            boolean unassignable = false;
            if (source.assignment() == AssignmentMode.ROUND_ROBIN) {
                if (candidates.isEmpty()) {
                    unassignable = true;
                } else {
                    officer = candidates.get((int) Math.floorMod(mix(id), (long) candidates.size()));
                    assignedAt = received;
                }
            }

            double engagement = Math.min(12, Math.exp(0.85 * r.nextGaussian() - 0.36125));
            double quality = p.quality() * clamp(Math.pow(engagement, 0.45), 0.45, 2.2);
            Funnel f = new Funnel(received);
            long callRevoked = -1;
            if (!unassignable) {
                if (officer == null && !candidates.isEmpty() && chance(0.85)) {
                    // Manual routing: a manager hands the lead to a licensed officer within a working day.
                    officer = candidates.get((int) Math.floorMod(mix(id), (long) candidates.size()));
                    assignedAt = received + between(600, 20 * HOUR);
                    if (assignedAt > now) {
                        officer = null;
                        assignedAt = -1;
                    }
                }
                if (officer != null) {
                    funnel(f, p, purpose, officer, phone != null, quality, assignedAt, st.utcOffsetHours());
                }
            } else if (chance(0.55)) {
                f.lose(received + between(5, 30) * DAY, "No loan officer licensed in " + UsStates.name(st.code()),
                        SYSTEM);
            }
            if (phone != null && f.contacted > 0 && chance(0.025)) {
                long at = f.contacted + between(60, 30 * DAY);
                if (at <= now) {
                    callRevoked = at;
                    consent.add(new ConsentFact(ContactChannel.PHONE, ConsentAction.REVOKED, inst(at),
                            "Asked on a call not to be called again", null, inst(at),
                            officer == null ? SYSTEM : officer.email()));
                }
            }
            if (dnc > 0) {
                consent.add(new ConsentFact(ContactChannel.PHONE, ConsentAction.DNC_ADDED, inst(dnc),
                        "Internal do-not-call request", null, inst(dnc), officer == null ? SYSTEM : officer.email()));
            }

            List<Activity> events = events(engagement, p, purpose, st, loan, veteran, firstTimeBuyer, received, f,
                    optIn >= 0, unsubscribed, pewc >= 0 ? (smsRevoked > 0 ? smsRevoked : Long.MAX_VALUE) : -1,
                    phone != null, firstOf(dnc, callRevoked));
            consent.sort(Comparator.comparing(ConsentFact::at));

            return new DemoLead(id, source.id(), externalId, first, last, email, phone, st.code(), county.name(), zip,
                    purpose, loan.program, score, CreditBand.of(score), loan.income, loan.monthlyDebt, loan.value,
                    loan.amount, loan.currentRate, loan.currentProgram, loan.currentTerm, loan.originated,
                    firstTimeBuyer, veteran, instOrNull(f.prequalified), instOrNull(f.preapproved), f.stage,
                    inst(f.stageAt), f.lostReason, receivedI, instOrNull(f.contacted),
                    events.isEmpty() ? null : events.getLast().at(), officer == null ? null : officer.id(),
                    instOrNull(assignedAt), unassignable, instOrNull(optIn), instOrNull(unsubscribed),
                    instOrNull(pewc), instOrNull(smsRevoked), instOrNull(callRevoked), dnc > 0, CREATED_BY,
                    f.history, consent, events);
        }

        // ---- when ----

        private long receivedAt(int utcOffsetHours) {
            // Volume grows over the period: density rises linearly to 1.6 times the oldest day's.
            double t = (-1 + Math.sqrt(1 + 1.56 * r.nextDouble())) / 0.6;
            long daysAgo = (long) ((1 - t) * HISTORY_DAYS);
            long offset = utcOffsetHours * HOUR;
            long today = Math.floorDiv(now + offset, DAY);
            long day = today - daysAgo;
            // Fewer leads at weekends (epoch day 0 was a Thursday: +3 makes Monday 0).
            if (Math.floorMod(day + 3, 7) >= 5 && chance(0.45)) {
                day -= between(1, 2);
            }
            long local = day * DAY + weighted(HOUR_WEIGHTS) * HOUR + between(0, 3_599);
            long at = local - offset;
            while (at > now - 60) {
                at -= DAY;
            }
            return at;
        }

        // ---- the loan ----

        private Loan loan(LoanPurpose purpose, Markets.State st, Markets.County county, boolean veteran,
                boolean firstTimeBuyer, int score, long received) {
            Loan l = new Loan();
            long limit = county.loanLimit();
            double median = st.medianHomeValue() * county.valueFactor() * (firstTimeBuyer ? 0.78 : 1.0)
                    * (purpose == LoanPurpose.PURCHASE ? 1.0 : 1.05);
            // A market's prices are log-normal around its median, with a thin upper segment of move-up and luxury homes.
            double segment = chance(0.12) ? 3.0 : 1.0;
            l.value = Math.max(60_000, roundTo(median * segment * Math.exp(0.42 * r.nextGaussian()), 1_000));
            switch (purpose) {
                case PURCHASE -> {
                    double ltv;
                    if (veteran && chance(0.85)) {
                        l.program = LoanProgram.VA;
                        ltv = chance(0.72) ? 100 : pick(List.of(95.0, 90.0, 80.0));
                    } else if (l.value < 400_000 && limit == Markets.BASELINE_LIMIT && chance(0.10)) {
                        l.program = LoanProgram.USDA;
                        ltv = 100;
                    } else if (score < 620 || (score < 680 && chance(0.55)) || (firstTimeBuyer && chance(0.22))
                            || chance(0.05)) {
                        l.program = LoanProgram.FHA;
                        ltv = 96.5;
                    } else {
                        l.program = LoanProgram.CONVENTIONAL;
                        ltv = firstTimeBuyer ? pickWeighted(new double[] {97, 95, 90, 80}, new double[] {3, 3, 2, 2})
                                : pickWeighted(new double[] {80, 90, 95, 75, 70, 60}, new double[] {45, 15, 10, 12, 8,
                                    10});
                    }
                    l.amount = roundTo(l.value * ltv / 100, 100);
                    if (l.amount > limit) {
                        double jumboLtv = pickWeighted(new double[] {80, 75, 70, 89.9}, new double[] {6, 2, 1, 1});
                        l.amount = roundTo(l.value * jumboLtv / 100, 100);
                        l.program = l.amount > limit ? LoanProgram.JUMBO : LoanProgram.CONVENTIONAL;
                    }
                }
                case REFINANCE, CASH_OUT_REFINANCE -> {
                    currentLoan(l, purpose, veteran, score, received);
                    boolean cashOut = purpose == LoanPurpose.CASH_OUT_REFINANCE;
                    double ltv = cashOut ? (l.currentProgram == LoanProgram.VA ? uniform(0.6, 0.9)
                            : uniform(0.55, 0.8)) : uniform(0.45, 0.88);
                    l.amount = roundTo(l.value * ltv, 100);
                    l.program = switch (l.currentProgram) {
                        case VA -> LoanProgram.VA;
                        case FHA -> score >= 680 && ltv <= 0.8 && chance(0.5) ? LoanProgram.CONVENTIONAL
                                : LoanProgram.FHA;
                        case USDA -> cashOut ? LoanProgram.CONVENTIONAL : LoanProgram.USDA;
                        case null, default -> LoanProgram.CONVENTIONAL;
                    };
                    if (l.amount > limit) {
                        l.program = LoanProgram.JUMBO;
                    }
                }
                case HOME_EQUITY -> {
                    currentLoan(l, purpose, veteran, score, received);
                    double line = clamp(70_000 * Math.exp(0.55 * r.nextGaussian()), 15_000,
                            Math.min(350_000, 0.4 * l.value));
                    l.amount = roundTo(line, 1_000);
                    l.program = null;
                }
            }
            // The current loan's program follows its size.
            if (l.currentProgram != null && l.currentProgram != LoanProgram.JUMBO
                    && (purpose == LoanPurpose.HOME_EQUITY ? l.value * 0.6 : l.amount) > limit) {
                l.currentProgram = LoanProgram.JUMBO;
            }
            if (l.currentProgram != null && l.originated != null) {
                l.currentRate = noteRate(l.originated, l.currentProgram, l.currentTerm, score);
            }
            income(l, purpose, score);
            return l;
        }

        private void currentLoan(Loan l, LoanPurpose purpose, boolean veteran, int score, long received) {
            int[] years = {2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025};
            double[] weights = switch (purpose) {
                case REFINANCE -> new double[] {0, 0, 0, 0, 0, 0, 2, 3, 2, 2, 14, 34, 30, 13};
                case CASH_OUT_REFINANCE -> new double[] {1, 2, 2, 3, 4, 4, 5, 8, 14, 16, 11, 10, 12, 8};
                default -> new double[] {2, 3, 3, 3, 4, 4, 4, 7, 24, 30, 8, 4, 3, 1};
            };
            int year = years[weighted(weights)];
            LocalDate originated = LocalDate.of(year, 1, 1).plusDays(between(0, 364));
            LocalDate latest = LocalDate.ofEpochDay(Math.floorDiv(received, DAY) - 210);
            if (originated.isAfter(latest)) {
                originated = latest.minusDays(between(0, 500));
            }
            l.originated = originated;
            l.currentTerm = (int) pickWeighted(new double[] {360, 180, 240}, new double[] {82, 13, 5});
            if (veteran && chance(0.85)) {
                l.currentProgram = LoanProgram.VA;
            } else if ((score < 660 && chance(0.5)) || chance(0.12)) {
                l.currentProgram = LoanProgram.FHA;
            } else if (chance(0.02)) {
                l.currentProgram = LoanProgram.USDA;
            } else {
                l.currentProgram = LoanProgram.CONVENTIONAL;
            }
        }

        /** The note rate of a loan closed on that day: that quarter's market, priced by program, term and credit. */
        private BigDecimal noteRate(LocalDate originated, LoanProgram program, @Nullable Integer term, int score) {
            double rate = marketRate(originated)
                    + switch (program) {
                        case FHA -> -0.25;
                        case VA -> -0.35;
                        case USDA -> -0.15;
                        case JUMBO -> 0.10;
                        case CONVENTIONAL -> 0;
                    }
                    + (term != null && term == 180 ? -0.65 : term != null && term == 240 ? -0.30 : 0)
                    + clamp((740 - score) / 100.0 * 0.4, -0.1, 0.6)
                    + 0.15 * r.nextGaussian();
            double eighths = Math.round(clamp(rate, 2.625, 7.75) * 8) / 8.0;
            return BigDecimal.valueOf(eighths).setScale(3);
        }

        private void income(Loan l, LoanPurpose purpose, int score) {
            double creditAdj = clamp((740 - score) / 100.0 * 0.4, -0.1, 0.6);
            double housing;
            double taxesAndInsurance = l.value * 0.0155 / 12;
            if (purpose == LoanPurpose.HOME_EQUITY) {
                double firstLien = payment(l.value * uniform(0.35, 0.65), l.currentRate.doubleValue(),
                        l.currentTerm == null ? 360 : l.currentTerm);
                housing = firstLien + l.amount * 0.0825 / 12 + taxesAndInsurance;
            } else {
                double rate = MARKET_RATE + creditAdj + switch (l.program) {
                    case FHA -> -0.25;
                    case VA -> -0.35;
                    case USDA -> -0.15;
                    case JUMBO -> 0.10;
                    case null, default -> 0;
                };
                double insurance = l.program == LoanProgram.FHA ? l.amount * 0.0055 / 12
                        : l.program == LoanProgram.CONVENTIONAL && l.amount > 0.8 * l.value ? l.amount * 0.005 / 12
                        : 0;
                housing = payment(l.amount, rate, 360) + taxesAndInsurance + insurance;
            }
            double other = chance(0.1) ? 0 : Math.min(3_000, 480 * Math.exp(0.7 * r.nextGaussian()));
            boolean fha = l.program == LoanProgram.FHA;
            double dti = clamp((fha ? 41 : 35) + 6.5 * r.nextGaussian(), 14, fha ? 56 : 49);
            double total = housing + other;
            l.monthlyDebt = Math.round(total);
            l.income = Math.max(24_000, roundTo(total * 12 / (dti / 100), 1_000));
        }

        // ---- the funnel ----

        private void funnel(Funnel f, DemoSource p, LoanPurpose purpose, Officer officer, boolean hasPhone,
                double quality, long assignedAt, int utcOffsetHours) {
            boolean live = p.channel() == SourceChannel.LIVE_TRANSFER;
            double reach = (hasPhone ? 0.86 : 0.55) * Math.min(1, 0.8 + 0.2 * quality);
            String lo = officer.email();
            if (!live && !chance(reach)) {
                f.lose(f.received + between(14, 45) * DAY, pick(lostReasons(Stage.NEW, purpose)), lo, 0.75);
                return;
            }
            long contact = live ? f.received + between(10, 180) : speedToLead(Math.max(assignedAt, f.received),
                    utcOffsetHours);
            if (!f.advance(Stage.CONTACTED, contact, lo, live ? "Live transfer connected" : null)) {
                return;
            }
            f.contacted = contact;
            if (!chance(Math.min(0.92, 0.52 * quality))) {
                f.lose(contact + between(10, 60) * DAY, pick(lostReasons(Stage.CONTACTED, purpose)), lo, 0.65);
                return;
            }
            long mql = contact + (long) (HOUR * 30 * Math.exp(0.8 * r.nextGaussian()));
            if (!f.advance(Stage.MQL, mql, SYSTEM, "Engaged with rate quotes and calculators")) {
                return;
            }
            if (!chance(Math.min(0.9, 0.5 * quality))) {
                if (chance(0.12)) {
                    long self = mql + between(1, 10) * DAY;
                    if (self <= now) {
                        f.prequalified = self;
                    }
                }
                f.lose(mql + between(15, 75) * DAY, pick(lostReasons(Stage.MQL, purpose)), lo, 0.55);
                return;
            }
            long sql = mql + (long) (DAY * 4 * Math.exp(0.6 * r.nextGaussian()));
            if (!f.advance(Stage.SQL, sql, lo, "Pre-qualified")) {
                return;
            }
            f.prequalified = sql;
            boolean purchase = purpose == LoanPurpose.PURCHASE;
            if (!chance(Math.min(0.8, 0.2 * quality))) {
                if (purchase && chance(0.3)) {
                    long letter = sql + between(1, 7) * DAY;
                    if (letter <= now) {
                        f.preapproved = letter;
                    }
                }
                f.lose(sql + between(20, 90) * DAY, pick(lostReasons(Stage.SQL, purpose)), lo, 0.5);
                return;
            }
            long app = sql + between(3, 25) * DAY;
            if (purchase) {
                long letter = app - between(0, 3) * DAY;
                if (letter <= now) {
                    f.preapproved = Math.max(letter, sql + HOUR);
                }
            }
            if (!f.advance(Stage.APPLICATION, app, lo, "Application submitted")) {
                return;
            }
            if (chance(0.42)) {
                long funded = Math.max(f.received + between(60, 120) * DAY, app + 21 * DAY);
                if (funded <= f.received + 120 * DAY) {
                    f.advance(Stage.FUNDED, funded, lo, "Loan funded");
                    return; // still in the pipeline when funding is in the future
                }
            }
            f.lose(app + between(15, 60) * DAY, pick(lostReasons(Stage.APPLICATION, purpose)), lo, 0.9);
        }

        private long speedToLead(long from, int utcOffsetHours) {
            double u = r.nextDouble();
            long delay;
            if (u < 0.28) {
                delay = between(45, 300);
            } else if (u < 0.55) {
                delay = between(300, 3_600);
            } else if (u < 0.80) {
                delay = between(3_600, 8 * HOUR);
            } else if (u < 0.92) {
                delay = between(8 * HOUR, 48 * HOUR);
            } else {
                delay = between(2 * DAY, 6 * DAY);
            }
            long at = from + delay;
            // Nobody calls at night: a lead that would be called between 9 pm and 8 am is called the next morning.
            long offset = utcOffsetHours * HOUR;
            long localSecond = Math.floorMod(at + offset, DAY);
            if (localSecond >= 21 * HOUR || localSecond < 8 * HOUR) {
                long nextMorning = Math.floorDiv(at + offset + (localSecond >= 21 * HOUR ? DAY : 0), DAY) * DAY
                        + 8 * HOUR - offset;
                at = nextMorning + between(0, 2 * HOUR);
            }
            return at;
        }

        private List<String> lostReasons(Stage stage, LoanPurpose purpose) {
            boolean purchase = purpose == LoanPurpose.PURCHASE;
            return switch (stage) {
                // Listed twice: most leads that are never reached simply never answer.
                case NEW -> List.of(NO_ANSWER, NO_ANSWER, "Wrong phone number and the email bounced",
                        "Asked not to be contacted: just browsing rates");
                case CONTACTED -> purchase ? List.of("Not ready: just shopping rates", "Went with another lender",
                        "Decided to keep renting for now", "Stopped responding after the first call")
                        : List.of("Not ready: just shopping rates", "Went with another lender",
                                "Decided not to refinance", "Stopped responding after the first call");
                case MQL -> List.of("Rate not competitive with another offer", "Went with another lender",
                        "Credit score below the program minimum", "Stopped responding");
                case SQL -> purchase ? List.of("Debt-to-income ratio too high", "Not enough for the down payment and "
                        + "reserves", "Went with another lender", "Purchase postponed: no home found yet")
                        : List.of("Debt-to-income ratio too high", "Not enough equity for the loan amount",
                                "Went with another lender", "Savings too small to cover the costs");
                default -> purchase ? List.of("Appraisal came in below the contract price",
                        "Withdrawn: went with another lender", "Denied: debt-to-income ratio too high",
                        "Denied: income could not be documented", "Purchase contract fell through")
                        : List.of("Appraisal came in too low for the loan amount", "Withdrawn: went with another lender",
                                "Denied: debt-to-income ratio too high", "Denied: income could not be documented");
            };
        }

        // ---- events ----

        private List<Activity> events(double engagement, DemoSource p, LoanPurpose purpose, Markets.State st,
                Loan loan, boolean veteran, boolean firstTimeBuyer, long received, Funnel f, boolean emailOptIn,
                long unsubscribed, long smsUntil, boolean hasPhone, long noCallsFrom) {
            int budget = (int) Math.floor(eventsPerLead * engagement);
            if (r.nextDouble() < eventsPerLead * engagement - budget) {
                budget++;
            }
            List<Activity> events = new ArrayList<>(budget + 6);
            long end = f.lostAt > 0 ? f.lostAt : now;
            // What the funnel implies: calls, a reply to a text, the pre-qualification form, the application.
            boolean live = p.channel() == SourceChannel.LIVE_TRANSFER;
            if (f.contacted > 0 && hasPhone && f.contacted < noCallsFrom) {
                add(events, EventType.CALL, f.contacted, live ? "Live transfer, " + between(8, 35) + " min"
                        : "Outbound call, " + between(2, 15) + " min");
            }
            if (f.contacted > 0 && smsUntil > 0 && chance(0.35)) {
                long at = f.contacted + between(120, 2 * DAY);
                if (at < smsUntil) {
                    add(events, EventType.SMS_REPLY, at, pick(List.of("Yes, after 5pm works", "What's today's rate?",
                            "Can we talk tomorrow?", "Sent my pay stubs", "Thanks, I'll review the quote")));
                }
            }
            if (f.mql > 0 && hasPhone && f.mql < noCallsFrom) {
                add(events, EventType.CALL, f.mql - between(60, 3 * HOUR), "Inbound call, " + between(3, 20) + " min");
            }
            if (f.prequalified > 0) {
                add(events, EventType.PREQUAL_FORM, f.prequalified - between(60, 2 * HOUR),
                        "Pre-qualification form (" + purpose.label().toLowerCase(Locale.ROOT) + ")");
            }
            if (f.application > 0) {
                add(events, EventType.APPLICATION_START, f.application - between(600, 6 * HOUR),
                        "Online application (Form 1003)");
                add(events, EventType.DOCUMENT_DOWNLOAD, f.application + between(HOUR, 3 * DAY),
                        "Document checklist.pdf");
            }
            if (firstTimeBuyer && chance(0.08)) {
                add(events, EventType.WEBINAR, received + between(2, 40) * DAY, "Homebuying 101 (live webinar)");
            }
            int left = budget - events.size();
            // The visit that produced the lead: a thank-you page and the first quotes, minutes after it arrived.
            int intake = Math.min(left, 1 + between(0, 3));
            for (int i = 0; i < intake; i++) {
                long at = received + (i == 0 ? between(1, 20) : between(30, 2 * HOUR));
                EventType type = i == 0 ? EventType.PAGE_VIEW : pickShopping();
                add(events, type, at, i == 0 ? "/thank-you" : detail(type, purpose, loan, veteran, firstTimeBuyer));
            }
            left -= intake;
            if (left <= 0) {
                return finish(events);
            }
            int emails = emailOptIn ? (int) Math.round(left * uniform(0.3, 0.5)) : 0;
            String[] campaigns = campaigns(purpose, st);
            int placed = 0;
            for (int i = 0; i < emails; i++) {
                // Weekly nurture emails; opens thin out as the weeks go by.
                int week = (int) Math.min(40, Math.floor(r.nextExponential() * 5));
                long sent = received + 2 * DAY + week * 7 * DAY + between(0, 10 * HOUR);
                long at = sent + (long) (r.nextExponential() * 8 * HOUR);
                if (at > now || (unsubscribed > 0 && at >= unsubscribed)) {
                    continue;
                }
                String campaign = campaigns[week % campaigns.length] + " #" + (week + 1);
                add(events, EventType.EMAIL_OPEN, at, campaign);
                placed++;
                if (i + 1 < emails && chance(0.2)) {
                    add(events, EventType.EMAIL_CLICK, at + between(5, 300), campaign);
                    placed++;
                    i++;
                }
            }
            left -= placed;
            // Rate shopping comes in bursts over a few days: mostly early, for active shoppers also lately.
            while (left > 0) {
                int size = Math.min(left, between(3, 12));
                long start;
                double u = r.nextDouble();
                if (u < 0.55) {
                    start = received + (long) (r.nextExponential() * 6 * DAY);
                } else if (engagement > 1.5 && u < 0.8) {
                    start = now - between(0, 14 * DAY);
                } else {
                    start = received + (long) (r.nextDouble() * Math.max(1, end - received));
                }
                if (f.lostAt > 0 && start > f.lostAt && chance(0.7)) {
                    start = received + (long) (r.nextDouble() * Math.max(1, f.lostAt - received));
                }
                long span = between(1, 5) * DAY;
                for (int i = 0; i < size; i++) {
                    EventType type = pickShopping();
                    add(events, type, start + (long) (r.nextDouble() * span),
                            detail(type, purpose, loan, veteran, firstTimeBuyer));
                }
                left -= size;
            }
            return finish(events);
        }

        /** Adds an event, never before the lead arrived and never in the future. */
        private void add(List<Activity> events, EventType type, long at, @Nullable String detail) {
            long t = Math.max(received + 1, at);
            if (t > now) {
                t = received + (long) (r.nextDouble() * (now - received));
            }
            events.add(new Activity(type, inst(t), detail));
        }

        private List<Activity> finish(List<Activity> events) {
            events.sort(Comparator.comparing(Activity::at));
            return events;
        }

        private EventType pickShopping() {
            double u = r.nextDouble();
            return u < 0.35 ? EventType.RATE_QUOTE : u < 0.60 ? EventType.CALCULATOR : u < 0.95 ? EventType.PAGE_VIEW
                    : EventType.DOCUMENT_DOWNLOAD;
        }

        private String detail(EventType type, LoanPurpose purpose, Loan loan, boolean veteran,
                boolean firstTimeBuyer) {
            boolean purchase = purpose == LoanPurpose.PURCHASE;
            return switch (type) {
                case RATE_QUOTE -> {
                    boolean fifteen = !purchase && chance(0.3);
                    String product = purpose == LoanPurpose.HOME_EQUITY ? "HELOC" : (fifteen ? "15-year fixed"
                            : "30-year fixed") + (loan.program == null || loan.program == LoanProgram.CONVENTIONAL
                            ? "" : " " + loan.program.label());
                    double rate = purpose == LoanPurpose.HOME_EQUITY ? 8.25 : MARKET_RATE - (fifteen ? 0.65 : 0);
                    yield product + ", $" + thousands(loan.amount) + " at " + percent(rate + 0.125 * between(-2, 3));
                }
                case CALCULATOR -> pick(purchase ? List.of("Affordability", "Monthly payment", "Rent vs. buy",
                        "Closing costs") : purpose == LoanPurpose.HOME_EQUITY ? List.of("HELOC payment",
                        "Monthly payment", "Home equity available") : List.of("Refinance break-even",
                        "Monthly payment", "Cash-out proceeds"));
                case DOCUMENT_DOWNLOAD -> pick(purchase ? List.of("Pre-approval checklist.pdf",
                        "First-time buyer guide.pdf", "Closing cost estimate.pdf") : List.of(
                        "Refinance worksheet.pdf", "Closing cost estimate.pdf"));
                default -> purchase ? pick(veteran ? List.of("/loans/va", "/rates/30-year-fixed", "/buy/how-much-house")
                        : firstTimeBuyer ? List.of("/buy/first-time-buyers", "/buy/how-much-house", "/loans/fha",
                        "/rates/30-year-fixed", "/buy/down-payment-help") : List.of("/rates/30-year-fixed",
                        "/buy/how-much-house", "/loans/jumbo", "/rates/15-year-fixed", "/loan-officers"))
                        : pick(purpose == LoanPurpose.HOME_EQUITY ? List.of("/home-equity", "/home-equity/heloc-rates",
                        "/rates/30-year-fixed") : List.of("/refinance", "/refinance/cash-out", "/rates/30-year-fixed",
                        "/rates/15-year-fixed", "/loan-officers"));
            };
        }

        private String[] campaigns(LoanPurpose purpose, Markets.State st) {
            return switch (purpose) {
                case PURCHASE -> new String[] {"Rate watch", "First-time buyer guide",
                    "Down payment help in " + UsStates.name(st.code()), "Pre-approval in 24 hours"};
                case HOME_EQUITY -> new String[] {"Tap your home equity", "Rate watch", "HELOC or cash-out?"};
                default -> new String[] {"Rate watch", "Is it time to refinance?", "Cash-out for home improvements"};
            };
        }

        /** The funnel of one lead as it unfolds: stage history, and the times later draws depend on. */
        private final class Funnel {
            final long received;
            final List<StageChange> history = new ArrayList<>(4);
            Stage stage = Stage.NEW;
            long stageAt;
            long contacted = -1;
            long mql = -1;
            long application = -1;
            long prequalified = -1;
            long preapproved = -1;
            long lostAt = -1;
            @Nullable String lostReason;

            Funnel(long received) {
                this.received = received;
                this.stageAt = received;
                history.add(new StageChange(null, Stage.NEW, inst(received), CREATED_BY, "Received"));
            }

            /** Moves to the stage at that time unless that time is still to come; false if it is. */
            boolean advance(Stage to, long at, String by, @Nullable String reason) {
                long t = Math.max(at, stageAt + 1);
                if (t > now) {
                    return false;
                }
                history.add(new StageChange(stage, to, inst(t), by, reason));
                stage = to;
                stageAt = t;
                if (to == Stage.MQL) {
                    mql = t;
                } else if (to == Stage.APPLICATION) {
                    application = t;
                }
                return true;
            }

            void lose(long at, String reason, String by) {
                lose(at, reason, by, 1.0);
            }

            /** Marks the lead lost at that time with probability p, if that time has come. */
            void lose(long at, String reason, String by, double p) {
                if (!chance(p)) {
                    return;
                }
                if (advance(Stage.LOST, at, by, reason)) {
                    lostAt = stageAt;
                    lostReason = reason;
                }
            }
        }

        // ---- random helpers ----

        private boolean chance(double p) {
            return r.nextDouble() < p;
        }

        private int between(int lowInclusive, int highInclusive) {
            return r.nextInt(lowInclusive, highInclusive + 1);
        }

        private long between(long lowInclusive, long highInclusive) {
            return r.nextLong(lowInclusive, highInclusive + 1);
        }

        private double uniform(double low, double high) {
            return low + (high - low) * r.nextDouble();
        }

        private <T> T pick(List<T> values) {
            return values.get(r.nextInt(values.size()));
        }

        private int weighted(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double u = r.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private double pickWeighted(double[] values, double[] weights) {
            return values[weighted(weights)];
        }

        private String email(String first, String last) {
            String f = clean(first);
            String l = clean(last);
            String local = switch (r.nextInt(4)) {
                case 0 -> f + "." + l;
                case 1 -> f.charAt(0) + l;
                case 2 -> f + "_" + l;
                default -> f + l.charAt(0);
            };
            // The id makes every address unique, so no two demo leads of one source are duplicates.
            return local + id + "@" + DOMAINS[r.nextInt(DOMAINS.length)];
        }
    }

    /** The loan part of a lead while it is being drawn. */
    private static final class Loan {
        long value;
        long amount;
        @Nullable LoanProgram program;
        long income;
        long monthlyDebt;
        @Nullable BigDecimal currentRate;
        @Nullable LoanProgram currentProgram;
        @Nullable Integer currentTerm;
        @Nullable LocalDate originated;
    }

    /** The market of the day: the 30-year fixed average of its quarter (one table for every demo generator). */
    static double marketRate(LocalDate day) {
        return MarketAverages.thirtyYearFixed(day);
    }

    static double payment(double principal, double annualRatePercent, int months) {
        double i = annualRatePercent / 1200;
        return principal * i / (1 - Math.pow(1 + i, -months));
    }

    private static long firstOf(long a, long b) {
        if (a <= 0) {
            return b <= 0 ? Long.MAX_VALUE : b;
        }
        return b <= 0 ? a : Math.min(a, b);
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }

    private static long roundTo(double v, long unit) {
        return Math.round(v / unit) * unit;
    }

    private static Instant inst(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }

    private static @Nullable Instant instOrNull(long epochSecond) {
        return epochSecond < 0 ? null : Instant.ofEpochSecond(epochSecond);
    }

    private static String clean(String name) {
        var b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String four(int n) {
        String s = Integer.toString(n);
        return "0000".substring(s.length()) + s;
    }

    private static String thousands(long n) {
        String s = Long.toString(n);
        var b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    private static String percent(double rate) {
        long eighths = Math.round(rate * 8);
        return (eighths / 8) + "." + EIGHTHS[(int) (eighths % 8)] + "%";
    }

    /** SplitMix64's finaliser: spreads consecutive ids over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
