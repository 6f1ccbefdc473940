package com.porchlight.lead;

import com.porchlight.security.LicensedLoanOfficer;
import com.porchlight.security.LoanOfficerDirectory;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes validated leads of one source in set-based statements: one multi-row {@code INSERT … RETURNING id} for the
 * leads, one for their first stage-history rows, one for their consent evidence. Duplicates within the source (same
 * externalId, same email, or same phone for a lead without email) are not written; they are reported with the id of
 * the lead they duplicate. New leads are routed round-robin to a loan officer licensed in their state, or flagged
 * unassignable. The unique keys in the schema are the last line of defence: a concurrent writer that slips past the
 * pre-check makes the whole batch fail with a duplicate-key error, and the caller retries (then the pre-check sees it).
 *
 * <p>Every value is a bound parameter. Runs inside the caller's transaction.
 */
@Component
public class LeadWriter {

    /** Rows per statement: 29 lead columns × 500 stays far below MariaDB's 65,535 placeholders. */
    public static final int BATCH = 500;

    private static final String LEAD_COLUMNS = "source_id, external_id, first_name, last_name, email, phone, state, "
            + "county, zip, loan_purpose, loan_program, credit_score, credit_band, annual_income, monthly_debt, "
            + "property_value, loan_amount, current_rate, current_program, current_term_months, "
            + "current_loan_originated_on, first_time_buyer, veteran, stage, stage_changed_at, received_at, "
            + "assigned_lo_id, assigned_at, unassignable, email_opt_in_at, pewc_at, created_by, import_id";
    private static final int LEAD_COLUMN_COUNT = LEAD_COLUMNS.split(",").length;

    private final JdbcTemplate jdbc;
    private final LoanOfficerDirectory loanOfficers;
    private final Clock clock;

    LeadWriter(JdbcTemplate jdbc, LoanOfficerDirectory loanOfficers, Clock clock) {
        this.jdbc = jdbc;
        this.loanOfficers = loanOfficers;
        this.clock = clock;
    }

    /** Where a batch came from: recorded as the creator, as the consent capture source and on the stage history. */
    public record Provenance(long sourceId, AssignmentMode assignment, String actor, String captureSource,
            @Nullable Long importId) {
    }

    /**
     * What happened to one lead of the batch, in input order.
     *
     * @param duplicate true when nothing was written because the source already had this lead (id is that lead's)
     */
    public record Written(long id, boolean duplicate, Stage stage, @Nullable Long assignedLoanOfficerId,
            @Nullable String assignedLoanOfficer, boolean unassignable) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<Written> write(Provenance from, List<LeadData> leads) {
        return write(from, leads, loanOfficers::enabledLoanOfficers);
    }

    /**
     * As {@link #write(Provenance, List)}, but routes to the given loan officers instead of reading the directory for
     * every batch: bulk work (an import) takes one snapshot of who is licensed where and reuses it for all its batches.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Written> write(Provenance from, List<LeadData> leads, List<LicensedLoanOfficer> officers) {
        return write(from, leads, () -> officers);
    }

    private List<Written> write(Provenance from, List<LeadData> leads, Supplier<List<LicensedLoanOfficer>> officers) {
        List<Written> all = new ArrayList<>(leads.size());
        for (int start = 0; start < leads.size(); start += BATCH) {
            all.addAll(writeBatch(from, leads.subList(start, Math.min(leads.size(), start + BATCH)), officers));
        }
        return all;
    }

    private List<Written> writeBatch(Provenance from, List<LeadData> leads,
            Supplier<List<LicensedLoanOfficer>> officers) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, Long> existing = existingKeys(from.sourceId(), leads);
        // First occurrence of each key in this batch wins; later ones point at it.
        Map<String, Integer> firstInBatch = new HashMap<>();
        int[] duplicateOf = new int[leads.size()];
        long[] knownId = new long[leads.size()];
        List<LeadData> fresh = new ArrayList<>();
        List<Integer> freshIndex = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            duplicateOf[i] = -1;
            LeadData lead = leads.get(i);
            Long known = null;
            Integer earlier = null;
            for (String key : keys(lead)) {
                known = known != null ? known : existing.get(key);
                earlier = earlier != null ? earlier : firstInBatch.get(key);
            }
            if (known != null) {
                duplicateOf[i] = -2;
                knownId[i] = known;
            } else if (earlier != null) {
                duplicateOf[i] = earlier;
            } else {
                for (String key : keys(lead)) {
                    firstInBatch.put(key, i);
                }
                fresh.add(lead);
                freshIndex.add(i);
            }
        }
        List<Assignment> assignments = assign(from, fresh, now, officers);
        List<Long> ids = fresh.isEmpty() ? List.of() : insertLeads(from, fresh, assignments, now);
        if (!fresh.isEmpty()) {
            insertHistory(from, fresh, ids, now);
            insertConsent(from, fresh, ids, now);
        }
        Written[] out = new Written[leads.size()];
        for (int f = 0; f < fresh.size(); f++) {
            Assignment a = assignments.get(f);
            out[freshIndex.get(f)] = new Written(ids.get(f), false, Stage.NEW,
                    a.officer() == null ? null : a.officer().userId(), a.officer() == null ? null : a.officer().name(),
                    a.unassignable());
        }
        for (int i = 0; i < leads.size(); i++) {
            if (duplicateOf[i] == -2) {
                out[i] = new Written(knownId[i], true, Stage.NEW, null, null, false);
            } else if (duplicateOf[i] >= 0) {
                out[i] = new Written(out[duplicateOf[i]].id(), true, Stage.NEW, null, null, false);
            }
        }
        return List.of(out);
    }

    /** The unique keys of a lead within its source, in the form {@link #existingKeys} reports them. */
    private static List<String> keys(LeadData lead) {
        List<String> keys = new ArrayList<>(2);
        if (lead.externalId() != null) {
            keys.add("x:" + sameUnderCollation(lead.externalId()));
        }
        if (lead.email() != null) {
            keys.add("e:" + sameUnderCollation(lead.email()));
        } else if (lead.phone() != null) {
            keys.add("p:" + lead.phone());
        }
        return keys;
    }

    /**
     * The text columns' collation ({@code utf8mb4_unicode_ci}) holds "VX-1" and "vx-1", "José@" and "jose@" equal, and
     * so do the unique keys: the writer compares keys the same way (case folded, accents removed), so a key the
     * database would refuse is recognised as a duplicate instead of failing the batch.
     */
    static String sameUnderCollation(String value) {
        String decomposed = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD);
        var sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT).strip();
    }

    /** Which of the leads' keys the source already has, in one round trip (a UNION of the unique-key lookups). */
    private Map<String, Long> existingKeys(long sourceId, List<LeadData> leads) {
        List<String> externalIds = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (LeadData lead : leads) {
            if (lead.externalId() != null) {
                externalIds.add(lead.externalId());
            }
            if (lead.email() != null) {
                emails.add(lead.email());
            } else if (lead.phone() != null) {
                phones.add(lead.phone());
            }
        }
        List<String> selects = new ArrayList<>(3);
        List<Object> args = new ArrayList<>(leads.size() * 2 + 3);
        lookup("x", "external_id", sourceId, externalIds, selects, args);
        lookup("e", "email", sourceId, emails, selects, args);
        lookup("p", "phone_only_key", sourceId, phones, selects, args);
        Map<String, Long> found = new HashMap<>();
        if (selects.isEmpty()) {
            return found;
        }
        jdbc.query(String.join(" UNION ALL ", selects), rs -> {
            String kind = rs.getString(1);
            String value = rs.getString(3);
            found.put(kind + ":" + ("p".equals(kind) ? value : sameUnderCollation(value)), rs.getLong(2));
        }, args.toArray());
        return found;
    }

    private static void lookup(String kind, String column, long sourceId, List<String> values, List<String> selects,
            List<Object> args) {
        if (values.isEmpty()) {
            return;
        }
        // kind and column are constants above, never input.
        selects.add("SELECT '" + kind + "', id, " + column + " FROM leads WHERE source_id = ? AND " + column
                + " IN (" + placeholders(values.size()) + ")");
        args.add(sourceId);
        args.addAll(values);
    }

    record Assignment(@Nullable LicensedLoanOfficer officer, boolean unassignable) {
    }

    private List<Assignment> assign(Provenance from, List<LeadData> leads, Instant now,
            Supplier<List<LicensedLoanOfficer>> directory) {
        if (from.assignment() == AssignmentMode.MANUAL || leads.isEmpty()) {
            List<Assignment> result = new ArrayList<>(leads.size());
            leads.forEach(l -> result.add(new Assignment(null, false)));
            return result;
        }
        return route(leads.stream().map(LeadData::state).toList(), now, directory);
    }

    /** {@link #route} to the enabled loan officers of the directory. */
    List<Assignment> routeToLicensed(List<String> states, Instant now) {
        return route(states, now, loanOfficers::enabledLoanOfficers);
    }

    /**
     * Round-robin routing of leads in these states (one per entry) to loan officers licensed there, in the caller's
     * transaction: for each, the licensed officer whose last assignment is oldest, or "unassignable" when nobody is
     * licensed in the state. Also used when scoring hands an unassigned lead over as MQL.
     */
    List<Assignment> route(List<String> states, Instant now, Supplier<List<LicensedLoanOfficer>> directory) {
        List<Assignment> result = new ArrayList<>(states.size());
        if (states.isEmpty()) {
            return result;
        }
        List<LicensedLoanOfficer> officers = directory.get();
        if (officers.isEmpty()) {
            states.forEach(l -> result.add(new Assignment(null, true)));
            return result;
        }
        // Serialise routing: concurrent writers queue on the rotation rows, so the rotation stays fair.
        List<Object> seed = new ArrayList<>(officers.size() * 2);
        officers.forEach(o -> {
            seed.add(o.userId());
            seed.add(LocalDateTime.of(1970, 1, 1, 0, 0));
        });
        jdbc.update("INSERT INTO lead_rotation (user_id, last_assigned_at, assigned_count) VALUES "
                + String.join(", ", java.util.Collections.nCopies(officers.size(), "(?, ?, 0)"))
                + " ON DUPLICATE KEY UPDATE user_id = user_id", seed.toArray());
        Map<Long, Instant> last = new HashMap<>();
        jdbc.query("SELECT user_id, last_assigned_at FROM lead_rotation ORDER BY user_id FOR UPDATE",
                rs -> {
                    last.put(rs.getLong(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC));
                });
        Map<Long, Integer> counts = new HashMap<>();
        Instant tick = now;
        for (String state : states) {
            LicensedLoanOfficer next = null;
            for (LicensedLoanOfficer o : officers) {
                if (o.states().contains(state) && (next == null
                        || last.getOrDefault(o.userId(), Instant.EPOCH).isBefore(
                                last.getOrDefault(next.userId(), Instant.EPOCH)))) {
                    next = o;
                }
            }
            if (next == null) {
                result.add(new Assignment(null, true));
            } else {
                tick = tick.plus(1, ChronoUnit.MICROS);
                last.put(next.userId(), tick);
                counts.merge(next.userId(), 1, Integer::sum);
                result.add(new Assignment(next, false));
            }
        }
        if (!counts.isEmpty()) {
            // One statement for all officers: the rows exist (seeded above), so each "insert" is an update.
            List<Object> updates = new ArrayList<>(counts.size() * 3);
            counts.forEach((userId, n) -> {
                updates.add(userId);
                updates.add(utc(last.get(userId)));
                updates.add(n);
            });
            jdbc.update("INSERT INTO lead_rotation (user_id, last_assigned_at, assigned_count) VALUES "
                    + String.join(", ", java.util.Collections.nCopies(counts.size(), "(?, ?, ?)"))
                    + " ON DUPLICATE KEY UPDATE last_assigned_at = VALUES(last_assigned_at), "
                    + "assigned_count = assigned_count + VALUES(assigned_count)", updates.toArray());
        }
        return result;
    }

    private List<Long> insertLeads(Provenance from, List<LeadData> leads, List<Assignment> assignments, Instant now) {
        String sql = "INSERT INTO leads (" + LEAD_COLUMNS + ") VALUES "
                + rows(leads.size(), LEAD_COLUMN_COUNT) + " RETURNING id";
        List<Long> ids = new ArrayList<>(leads.size());
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            int p = 1;
            for (int i = 0; i < leads.size(); i++) {
                LeadData l = leads.get(i);
                Assignment a = assignments.get(i);
                Instant received = l.receivedAt() != null ? l.receivedAt() : now;
                ps.setLong(p++, from.sourceId());
                ps.setString(p++, l.externalId());
                ps.setString(p++, l.firstName());
                ps.setString(p++, l.lastName());
                ps.setString(p++, l.email());
                ps.setString(p++, l.phone());
                ps.setString(p++, l.state());
                ps.setString(p++, l.county());
                ps.setString(p++, l.zip());
                ps.setString(p++, l.loanPurpose().name());
                ps.setString(p++, name(l.loanProgram()));
                ps.setObject(p++, l.creditScore());
                ps.setString(p++, name(l.creditBand()));
                ps.setBigDecimal(p++, l.annualIncome());
                ps.setBigDecimal(p++, l.monthlyDebt());
                ps.setBigDecimal(p++, l.propertyValue());
                ps.setBigDecimal(p++, l.loanAmount());
                ps.setBigDecimal(p++, l.currentRate());
                ps.setString(p++, name(l.currentLoanProgram()));
                ps.setObject(p++, l.currentLoanTermMonths());
                ps.setObject(p++, l.currentLoanOriginatedOn());
                ps.setBoolean(p++, l.firstTimeBuyer());
                ps.setBoolean(p++, l.veteran());
                ps.setString(p++, Stage.NEW.name());
                ps.setObject(p++, utc(received));
                ps.setObject(p++, utc(received));
                ps.setObject(p++, a.officer() == null ? null : a.officer().userId());
                ps.setObject(p++, a.officer() == null ? null : utc(now));
                ps.setBoolean(p++, a.unassignable());
                ps.setObject(p++, l.emailOptIn() ? utc(received) : null);
                ps.setObject(p++, l.smsConsent() ? utc(l.smsConsentCapturedAt()) : null);
                ps.setString(p++, from.actor());
                ps.setObject(p++, from.importId());
            }
            return ps;
        }, rs -> {
            ids.add(rs.getLong(1));
        });
        if (ids.size() != leads.size()) {
            throw new IllegalStateException("Inserted " + leads.size() + " leads but got " + ids.size() + " ids");
        }
        return ids;
    }

    private void insertHistory(Provenance from, List<LeadData> leads, List<Long> ids, Instant now) {
        List<Object[]> rows = new ArrayList<>(leads.size());
        for (int i = 0; i < leads.size(); i++) {
            Instant received = leads.get(i).receivedAt() != null ? leads.get(i).receivedAt() : now;
            rows.add(new Object[] {ids.get(i), null, Stage.NEW.name(), utc(received), from.actor(), "Received"});
        }
        insertRows("lead_stage_change (lead_id, from_stage, to_stage, changed_at, changed_by, reason)", 6, rows);
    }

    private void insertConsent(Provenance from, List<LeadData> leads, List<Long> ids, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            LeadData l = leads.get(i);
            Instant received = l.receivedAt() != null ? l.receivedAt() : now;
            if (l.emailOptIn()) {
                rows.add(new Object[] {ids.get(i), ContactChannel.EMAIL.name(), ConsentAction.OPT_IN.name(),
                    utc(received), from.captureSource(), null, utc(now), from.actor()});
            }
            if (l.smsConsent()) {
                for (ContactChannel channel : List.of(ContactChannel.SMS, ContactChannel.PHONE)) {
                    rows.add(new Object[] {ids.get(i), channel.name(), ConsentAction.WRITTEN_CONSENT.name(),
                        utc(l.smsConsentCapturedAt()), from.captureSource(), l.smsConsentText(), utc(now),
                        from.actor()});
                }
            }
        }
        insertRows("lead_consent_event (lead_id, channel, action, occurred_at, capture_source, consent_text, "
                + "recorded_at, recorded_by)", 8, rows);
    }

    private void insertRows(String table, int columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + table + " VALUES " + rows(rows.size(), columns);
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            int p = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    ps.setObject(p++, value);
                }
            }
            return ps;
        });
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static String rows(int rows, int columns) {
        String row = "(" + placeholders(columns) + ")";
        return String.join(", ", java.util.Collections.nCopies(rows, row));
    }

    static @Nullable LocalDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
