package com.porchlight.scoring;

import com.porchlight.lead.EventType;
import com.porchlight.segment.LeadFactsRows;
import com.porchlight.segment.rule.ActivityCondition;
import com.porchlight.segment.rule.FieldCondition;
import com.porchlight.segment.rule.LeadFacts;
import com.porchlight.segment.rule.RateTrigger;
import com.porchlight.segment.rule.Rule;
import com.porchlight.segment.rule.RuleGroup;
import com.porchlight.segment.rule.UnknownRule;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Every lead's scoring facts in memory, compact, for the what-if (ADR 0009): each lead attribute as an int code into a
 * dictionary of its distinct values (the values exactly as {@link LeadFactsRows} maps them), the two instants as
 * microseconds, and the lead's events of the longest allowed look-back in one CSR layout (per lead a slice of
 * {@code eventAt}/{@code eventType}). About 200 bytes per lead with ten events: ~210 MB for the benchmark's million
 * leads and ten million events, against ~2 GB as {@link LeadFacts} objects.
 *
 * <p>Immutable once loaded, read by several threads. {@link #facts} rebuilds one lead's {@link LeadFacts} (without
 * events) so fit rules are evaluated by the segment {@code RuleEvaluator} itself, not by a copy of its semantics.
 */
final class LeadSnapshot {

    /** The attributes of {@link LeadFacts} (but id and events) in record order; each a dictionary-coded column. */
    enum Col {
        STAGE(LeadFacts::stage), SOURCE(LeadFacts::sourceId), STATE(LeadFacts::state), COUNTY(LeadFacts::county),
        ZIP(LeadFacts::zip), LOAN_PURPOSE(LeadFacts::loanPurpose), LOAN_PROGRAM(LeadFacts::loanProgram),
        CREDIT_BAND(LeadFacts::creditBand), CREDIT_SCORE(LeadFacts::creditScore),
        ANNUAL_INCOME(LeadFacts::annualIncome), DTI(LeadFacts::dti), LTV(LeadFacts::ltv),
        LOAN_AMOUNT(LeadFacts::loanAmount), PROPERTY_VALUE(LeadFacts::propertyValue),
        CURRENT_RATE(LeadFacts::currentRate), CURRENT_PROGRAM(LeadFacts::currentProgram),
        CURRENT_TERM(LeadFacts::currentTermMonths), FIRST_TIME_BUYER(LeadFacts::firstTimeBuyer),
        VETERAN(LeadFacts::veteran), ASSIGNED_LO(LeadFacts::assignedLoanOfficerId), EMAILABLE(LeadFacts::emailable),
        SMS_OK(LeadFacts::smsOk), CALLABLE(LeadFacts::callable),
        /** Microseconds, not a dictionary: nearly every lead has its own. */
        RECEIVED_AT(null),
        LAST_ACTIVITY_AT(null);

        final @Nullable Function<LeadFacts, @Nullable Object> get;

        Col(@Nullable Function<LeadFacts, @Nullable Object> get) {
            this.get = get;
        }
    }

    static final int DICT_COLS = Col.RECEIVED_AT.ordinal();
    private static final EventType[] TYPES = EventType.values();
    private static final long NONE = Long.MIN_VALUE;

    final Instant asOf;
    final int size;
    final long[] ids;
    /** {@code codes[col][lead]} indexes {@code dict[col]}. */
    final int[][] codes;
    final Object[][] dict;
    final long[] receivedAt;
    final long[] lastActivityAt;
    /** Lead i's events are {@code eventStart[i] .. eventStart[i + 1] - 1}. */
    final int[] eventStart;
    final long[] eventAt;
    final byte[] eventType;
    final long loadMillis;

    private LeadSnapshot(Instant asOf, int size, long[] ids, int[][] codes, Object[][] dict, long[] receivedAt,
            long[] lastActivityAt, int[] eventStart, long[] eventAt, byte[] eventType, long loadMillis) {
        this.asOf = asOf;
        this.size = size;
        this.ids = ids;
        this.codes = codes;
        this.dict = dict;
        this.receivedAt = receivedAt;
        this.lastActivityAt = lastActivityAt;
        this.eventStart = eventStart;
        this.eventAt = eventAt;
        this.eventType = eventType;
        this.loadMillis = loadMillis;
    }

    /** One lead's attributes as {@link LeadFacts}, without its events (fit rules never read them). */
    LeadFacts facts(int i) {
        int[][] c = codes;
        Object[][] d = dict;
        return new LeadFacts(ids[i], (String) d[0][c[0][i]], (Long) d[1][c[1][i]], (String) d[2][c[2][i]],
                (String) d[3][c[3][i]], (String) d[4][c[4][i]], (String) d[5][c[5][i]], (String) d[6][c[6][i]],
                (String) d[7][c[7][i]], (Integer) d[8][c[8][i]], (BigDecimal) d[9][c[9][i]],
                (BigDecimal) d[10][c[10][i]], (BigDecimal) d[11][c[11][i]], (BigDecimal) d[12][c[12][i]],
                (BigDecimal) d[13][c[13][i]], (BigDecimal) d[14][c[14][i]], (String) d[15][c[15][i]],
                (Integer) d[16][c[16][i]], (Boolean) d[17][c[17][i]], (Boolean) d[18][c[18][i]],
                (Long) d[19][c[19][i]], instant(receivedAt[i]), instant(lastActivityAt[i]), (Boolean) d[20][c[20][i]],
                (Boolean) d[21][c[21][i]], (Boolean) d[22][c[22][i]], List.of());
    }

    /** The lead's events of the snapshot counted into {@code counter} (reset first). */
    void countEvents(int i, ScoreFormula.Counter counter) {
        counter.reset();
        for (int k = eventStart[i], end = eventStart[i + 1]; k < end; k++) {
            counter.add(eventType[k], eventAt[k]);
        }
    }

    /** Index of a lead by id (ids ascend), or −1. */
    int indexOf(long id) {
        int i = Arrays.binarySearch(ids, 0, size, id);
        return i < 0 ? -1 : i;
    }

    /** Bytes held by the arrays and dictionaries (an estimate of the heap the snapshot needs). */
    long bytes() {
        long b = 8L * ids.length + 8L * receivedAt.length + 8L * lastActivityAt.length + 4L * eventStart.length
                + 9L * eventAt.length;
        for (int[] c : codes) {
            b += 4L * c.length;
        }
        for (Object[] d : dict) {
            b += 64L * d.length; // the value and its array slot, roughly
        }
        return b;
    }

    int events() {
        return eventStart[size];
    }

    /**
     * The columns a fit condition reads: what its result can depend on besides "now" and today's rates (the same for
     * every lead of one evaluation). An activity condition (refused in fit rules) would read events: {@code null}.
     */
    static @Nullable BitSet columns(Rule rule) {
        BitSet cols = new BitSet();
        return collect(rule, cols) ? cols : null;
    }

    private static boolean collect(Rule rule, BitSet cols) {
        return switch (rule) {
            case RuleGroup g -> g.rules().stream().allMatch(r -> collect(r, cols));
            case FieldCondition f -> {
                Col col = switch (f.field()) {
                    case STAGE -> Col.STAGE;
                    case SOURCE -> Col.SOURCE;
                    case STATE -> Col.STATE;
                    case COUNTY -> Col.COUNTY;
                    case ZIP -> Col.ZIP;
                    case LOAN_PURPOSE -> Col.LOAN_PURPOSE;
                    case LOAN_PROGRAM -> Col.LOAN_PROGRAM;
                    case CREDIT_BAND -> Col.CREDIT_BAND;
                    case CREDIT_SCORE -> Col.CREDIT_SCORE;
                    case ANNUAL_INCOME -> Col.ANNUAL_INCOME;
                    case DTI -> Col.DTI;
                    case LTV -> Col.LTV;
                    case LOAN_AMOUNT -> Col.LOAN_AMOUNT;
                    case PROPERTY_VALUE -> Col.PROPERTY_VALUE;
                    case CURRENT_RATE -> Col.CURRENT_RATE;
                    case FIRST_TIME_BUYER -> Col.FIRST_TIME_BUYER;
                    case VETERAN -> Col.VETERAN;
                    case ASSIGNED_LO -> Col.ASSIGNED_LO;
                    case RECEIVED_DATE, DAYS_SINCE_RECEIVED -> Col.RECEIVED_AT;
                    case DAYS_SINCE_ACTIVITY -> Col.LAST_ACTIVITY_AT;
                    case EMAILABLE -> Col.EMAILABLE;
                    case SMS_OK -> Col.SMS_OK;
                    case CALLABLE -> Col.CALLABLE;
                };
                cols.set(col.ordinal());
                // "received in the last N days" reads receivedAt too, which RECEIVED_DATE already names.
                yield true;
            }
            case RateTrigger t -> {
                cols.set(Col.CURRENT_RATE.ordinal());
                cols.set(Col.CURRENT_PROGRAM.ordinal());
                cols.set(Col.CURRENT_TERM.ordinal());
                yield true;
            }
            case ActivityCondition a -> false;
            case UnknownRule u -> false;
        };
    }

    // ----- Loading -----

    /**
     * Reads every lead and its events since {@code asOf} minus the longest look-back a model may have, streaming.
     * Leads in id order; events in the order of the {@code (lead_id, type, occurred_at)} index, so no sort.
     */
    static LeadSnapshot load(DataSource dataSource, Instant asOf) throws SQLException {
        long started = System.nanoTime();
        asOf = asOf.truncatedTo(ChronoUnit.MICROS);
        try (Connection c = dataSource.getConnection()) {
            int expected;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM leads")) {
                rs.next();
                expected = rs.getInt(1);
            }
            int cap = Math.max(16, expected + expected / 50);
            long[] ids = new long[cap];
            int[][] codes = new int[DICT_COLS][cap];
            List<Map<Object, Integer>> dicts = new ArrayList<>();
            List<List<@Nullable Object>> values = new ArrayList<>();
            for (int k = 0; k < DICT_COLS; k++) {
                dicts.add(new HashMap<>());
                values.add(new ArrayList<>());
            }
            long[] received = new long[cap];
            long[] lastActivity = new long[cap];
            int n = 0;
            try (PreparedStatement ps = streaming(c, LeadFactsRows.SELECT_LEADS + " ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == ids.length) {
                        int grown = ids.length * 2;
                        ids = Arrays.copyOf(ids, grown);
                        received = Arrays.copyOf(received, grown);
                        lastActivity = Arrays.copyOf(lastActivity, grown);
                        for (int k = 0; k < DICT_COLS; k++) {
                            codes[k] = Arrays.copyOf(codes[k], grown);
                        }
                    }
                    LeadFacts lead = LeadFactsRows.lead(rs, List.of());
                    ids[n] = lead.id();
                    for (int k = 0; k < DICT_COLS; k++) {
                        Object v = Col.values()[k].get.apply(lead);
                        Map<Object, Integer> dict = dicts.get(k);
                        Object key = v == null ? NULL_KEY : v;
                        Integer code = dict.get(key);
                        if (code == null) {
                            code = values.get(k).size();
                            dict.put(key, code);
                            values.get(k).add(v);
                        }
                        codes[k][n] = code;
                    }
                    received[n] = ScoreFormula.micros(lead.receivedAt());
                    lastActivity[n] = lead.lastActivityAt() == null ? NONE : ScoreFormula.micros(lead.lastActivityAt());
                    n++;
                }
            }
            Object[][] dict = new Object[DICT_COLS][];
            for (int k = 0; k < DICT_COLS; k++) {
                dict[k] = values.get(k).toArray();
            }
            // Events: lead by lead, as the index holds them; a lead that arrived after the leads were read is skipped.
            int[] start = new int[n + 1];
            int evCap = Math.max(16, n * 4);
            long[] at = new long[evCap];
            byte[] type = new byte[evCap];
            int e = 0;
            String types = Arrays.stream(TYPES).map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));
            long since = ScoreFormula.micros(asOf) - (ModelValidator.MAX_WINDOW_DAYS + 1) * ScoreFormula.MICROS_PER_DAY;
            try (PreparedStatement ps = streaming(c, "SELECT lead_id, FIELD(type, " + types + ") - 1, "
                    + "TIMESTAMPDIFF(MICROSECOND, '1970-01-01', occurred_at) FROM lead_event "
                    + "WHERE occurred_at >= ? ORDER BY lead_id, type, occurred_at")) {
                ps.setObject(1, ScoreSql.utc(Instant.EPOCH.plus(since, ChronoUnit.MICROS)));
                try (ResultSet rs = ps.executeQuery()) {
                    int lead = 0;
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        while (lead < n && ids[lead] < id) {
                            start[++lead] = e;
                        }
                        if (lead == n || ids[lead] != id) {
                            continue;
                        }
                        if (e == at.length) {
                            at = Arrays.copyOf(at, at.length * 2);
                            type = Arrays.copyOf(type, type.length * 2);
                        }
                        at[e] = rs.getLong(3);
                        type[e] = (byte) rs.getInt(2); // −1: a type this version does not know
                        e++;
                    }
                    while (lead < n) {
                        start[++lead] = e;
                    }
                }
            }
            return new LeadSnapshot(asOf, n, Arrays.copyOf(ids, n), trim(codes, n), dict, Arrays.copyOf(received, n),
                    Arrays.copyOf(lastActivity, n), start, Arrays.copyOf(at, e), Arrays.copyOf(type, e),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static final Object NULL_KEY = new Object();

    private static int[][] trim(int[][] codes, int n) {
        int[][] t = new int[codes.length][];
        for (int k = 0; k < codes.length; k++) {
            t[k] = codes[k].length == n ? codes[k] : Arrays.copyOf(codes[k], n);
        }
        return t;
    }

    private static PreparedStatement streaming(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        ps.setFetchSize(10_000);
        return ps;
    }

    private static @Nullable Instant instant(long micros) {
        return micros == NONE ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
