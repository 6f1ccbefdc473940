package com.porchlight.lead;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Engagement events from other systems (website, rate engine, email and SMS platforms): up to {@link #MAX_EVENTS} at
 * once, all checked before anything is written (every problem reported, nothing stored when there is one). Valid
 * events are stored with one multi-row INSERT, each lead's {@code last_activity_at} moves forward to its newest event
 * (segments rely on it being the latest event's time, ADR 0008), and the leads are scored in the same transaction, so
 * an event that makes a lead an MQL hands it to a loan officer before the caller has its answer.
 *
 * <p>An event identical to one already stored — same lead, type, given {@code occurredAt} and detail — is a retry of
 * a request whose answer was lost, and is not stored twice. Events without a time get "now" and are never treated so.
 */
@Service
public class LeadEventService {

    /** Requests authenticated with a lead-events API key carry this authority (see the apikey module). */
    static final String HAS_EVENTS_SCOPE = "hasAuthority('SCOPE_LEAD_EVENTS')";

    public static final int MAX_EVENTS = 1000;
    public static final int MAX_DETAIL = 255;
    /** Clocks of other systems run a little ahead; more than this is a wrong time, not a fast clock. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(1);
    /** The longest intent window a scoring model may have: older events count for nothing. */
    static final int MAX_AGE_YEARS = 2;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ObjectProvider<LeadScoring> scoring;

    LeadEventService(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, ObjectProvider<LeadScoring> scoring) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.scoring = scoring;
    }

    /** An event that passed every check. */
    private record Valid(int index, long leadId, EventType type, Instant occurredAt, boolean timeGiven,
            @Nullable String detail) {
    }

    /** The event at {@code index} names this lead (whether or not its other fields are valid). */
    private record LeadRef(int index, long leadId) {
    }

    private record Checked(List<RecordedEvents.Problem> problems, List<Valid> events, List<LeadRef> leads) {
    }

    /** Checks the events without writing anything: the problems {@link #record} would report. */
    @PreAuthorize(HAS_EVENTS_SCOPE)
    public List<RecordedEvents.Problem> check(List<LeadEventInput> events) {
        Checked checked = checkFields(events, clock.instant());
        List<RecordedEvents.Problem> problems = new ArrayList<>(checked.problems());
        problems.addAll(unknownLeads(checked.leads(), false));
        return sorted(problems);
    }

    /**
     * Stores the events and scores their leads, or stores nothing and returns every problem. A lost lock race with
     * another writer of the same leads is retried.
     */
    @PreAuthorize(HAS_EVENTS_SCOPE)
    public RecordedEvents record(List<LeadEventInput> events) {
        for (int attempt = 0; ; attempt++) {
            try {
                return Objects.requireNonNull(tx.execute(status -> {
                    RecordedEvents result = write(events);
                    if (!result.isValid()) {
                        status.setRollbackOnly();
                    }
                    return result;
                }));
            } catch (PessimisticLockingFailureException deadlock) {
                // Scoring and the hand-off lock leads in their own order; a deadlock victim simply runs again.
                if (attempt >= 2) {
                    throw deadlock;
                }
            }
        }
    }

    private RecordedEvents write(List<LeadEventInput> events) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Checked checked = checkFields(events, now);
        List<RecordedEvents.Problem> problems = new ArrayList<>(checked.problems());
        // Locks the leads (in id order, so concurrent requests queue instead of deadlocking) as it checks they exist:
        // the events' foreign key would otherwise take shared locks that the last-activity update must upgrade.
        problems.addAll(unknownLeads(checked.leads(), true));
        if (!problems.isEmpty()) {
            return RecordedEvents.rejected(sorted(problems));
        }
        List<Valid> fresh = withoutRepeats(checked.events());
        if (!fresh.isEmpty()) {
            insert(fresh);
            touch(fresh);
        }
        List<Long> leadIds = new ArrayList<>(new LinkedHashSet<>(checked.events().stream().map(Valid::leadId)
                .toList()));
        LeadScoring scorer = scoring.getIfAvailable();
        if (scorer != null && !fresh.isEmpty()) {
            scorer.scoreNow(fresh.stream().map(Valid::leadId).distinct().toList());
        }
        return new RecordedEvents(List.of(), fresh.size(), checked.events().size() - fresh.size(), after(leadIds));
    }

    // ----- Checks -----

    private static Checked checkFields(List<LeadEventInput> events, Instant now) {
        List<RecordedEvents.Problem> problems = new ArrayList<>();
        List<Valid> valid = new ArrayList<>(events.size());
        List<LeadRef> leads = new ArrayList<>(events.size());
        if (events.isEmpty()) {
            problems.add(new RecordedEvents.Problem(null, "events", "Send at least one event."));
        } else if (events.size() > MAX_EVENTS) {
            problems.add(new RecordedEvents.Problem(null, "events", "At most " + String.format("%,d", MAX_EVENTS)
                    + " events per request (got " + String.format("%,d", events.size()) + "); split them."));
            return new Checked(problems, valid, leads);
        }
        Instant latest = now.plus(FUTURE_TOLERANCE);
        Instant earliest = now.atOffset(ZoneOffset.UTC).minusYears(MAX_AGE_YEARS).toInstant();
        for (int i = 0; i < events.size(); i++) {
            LeadEventInput in = events.get(i);
            int before = problems.size();
            Long leadId = leadId(i, in.leadId(), problems);
            EventType type = type(i, in.type(), problems);
            Instant at = occurredAt(i, in.occurredAt(), now, earliest, latest, problems);
            String detail = detail(i, in.detail(), problems);
            if (leadId != null) {
                // Looked up even when the event has other problems, so an unknown lead is reported with them.
                leads.add(new LeadRef(i, leadId));
            }
            if (problems.size() == before) {
                valid.add(new Valid(i, Objects.requireNonNull(leadId), Objects.requireNonNull(type),
                        Objects.requireNonNull(at), !blank(in.occurredAt()), detail));
            }
        }
        return new Checked(problems, valid, leads);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable Long leadId(int i, @Nullable String text, List<RecordedEvents.Problem> problems) {
        if (blank(text)) {
            problems.add(new RecordedEvents.Problem(i, "leadId", "leadId is required: the id Porchlight gave the lead "
                    + "(the intake API's answer, or the number in the lead's address in the console)."));
            return null;
        }
        String t = text.strip();
        if (!t.chars().allMatch(Character::isDigit) || t.length() > 18 || Long.parseLong(t) == 0) {
            problems.add(new RecordedEvents.Problem(i, "leadId", "leadId must be a lead's id, a positive whole number"
                    + " (got \"" + cut(t) + "\")."));
            return null;
        }
        return Long.parseLong(t);
    }

    private static @Nullable EventType type(int i, @Nullable String text, List<RecordedEvents.Problem> problems) {
        if (blank(text)) {
            problems.add(new RecordedEvents.Problem(i, "type", "type is required; the types are " + typeNames()
                    + "."));
            return null;
        }
        String t = text.strip();
        String key = t.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (EventType type : EventType.values()) {
            if (type.name().equals(key)) {
                return type;
            }
        }
        String squashed = squash(t);
        for (EventType type : EventType.values()) {
            if (squash(type.name()).equals(squashed) || squash(type.label()).equals(squashed)) {
                problems.add(new RecordedEvents.Problem(i, "type", "Unknown event type \"" + cut(t)
                        + "\": did you mean \"" + type.name() + "\"?"));
                return null;
            }
        }
        problems.add(new RecordedEvents.Problem(i, "type", "Unknown event type \"" + cut(t) + "\"; the types are "
                + typeNames() + "."));
        return null;
    }

    private static String typeNames() {
        return String.join(", ", java.util.Arrays.stream(EventType.values()).map(Enum::name).toList());
    }

    private static String squash(String text) {
        var sb = new StringBuilder();
        text.chars().filter(Character::isLetterOrDigit).forEach(c -> sb.append((char) Character.toLowerCase(c)));
        return sb.toString();
    }

    private static @Nullable Instant occurredAt(int i, @Nullable String text, Instant now, Instant earliest,
            Instant latest, List<RecordedEvents.Problem> problems) {
        if (blank(text)) {
            return now;
        }
        String t = text.strip();
        Instant at;
        try {
            at = OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            boolean noOffset;
            try {
                LocalDateTime.parse(t);
                noOffset = true;
            } catch (DateTimeParseException notLocal) {
                noOffset = false;
            }
            problems.add(new RecordedEvents.Problem(i, "occurredAt", noOffset
                    ? "occurredAt needs a UTC offset, e.g. \"" + t + "Z\" or \"" + t + "-05:00\"."
                    : "occurredAt must be a date and time in ISO 8601 with an offset, e.g. \"2026-11-26T10:00:00Z\" "
                            + "(got \"" + cut(t) + "\")."));
            return null;
        }
        if (at.isAfter(latest)) {
            problems.add(new RecordedEvents.Problem(i, "occurredAt", "occurredAt " + t + " is in the future; send "
                    + "the time the event happened (in UTC, or with its offset)."));
            return null;
        }
        if (at.isBefore(earliest)) {
            problems.add(new RecordedEvents.Problem(i, "occurredAt", "occurredAt " + t + " is more than "
                    + MAX_AGE_YEARS + " years ago: such events no longer count in any score and are not stored."));
            return null;
        }
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable String detail(int i, @Nullable String text, List<RecordedEvents.Problem> problems) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        int length = t.codePointCount(0, t.length());
        if (length > MAX_DETAIL) {
            problems.add(new RecordedEvents.Problem(i, "detail", "detail can have at most " + MAX_DETAIL
                    + " characters (got " + length + ")."));
            return null;
        }
        return t;
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** "There is no lead 123" for each event whose lead does not exist; locks the existing ones when asked. */
    private List<RecordedEvents.Problem> unknownLeads(List<LeadRef> refs, boolean lock) {
        if (refs.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new java.util.TreeSet<>();
        refs.forEach(e -> ids.add(e.leadId()));
        Set<Long> found = new HashSet<>(jdbc.queryForList("SELECT id FROM leads WHERE id IN ("
                + LeadWriter.placeholders(ids.size()) + ") ORDER BY id" + (lock ? " FOR UPDATE" : ""), Long.class,
                ids.toArray()));
        List<RecordedEvents.Problem> problems = new ArrayList<>();
        for (LeadRef e : refs) {
            if (!found.contains(e.leadId())) {
                problems.add(new RecordedEvents.Problem(e.index(), "leadId", "There is no lead " + e.leadId() + "."));
            }
        }
        return problems;
    }

    private static List<RecordedEvents.Problem> sorted(List<RecordedEvents.Problem> problems) {
        List<RecordedEvents.Problem> out = new ArrayList<>(problems);
        out.sort(java.util.Comparator.comparing((RecordedEvents.Problem p) -> p.index() == null ? -1 : p.index()));
        return out;
    }

    // ----- Writing -----

    /** Drops events identical to one stored, or to one earlier in this request, when the sender gave the time. */
    private List<Valid> withoutRepeats(List<Valid> events) {
        List<Valid> timed = events.stream().filter(Valid::timeGiven).toList();
        if (timed.isEmpty()) {
            return events;
        }
        Set<Long> ids = new java.util.TreeSet<>();
        Instant from = timed.getFirst().occurredAt();
        Instant to = from;
        for (Valid e : timed) {
            ids.add(e.leadId());
            from = e.occurredAt().isBefore(from) ? e.occurredAt() : from;
            to = e.occurredAt().isAfter(to) ? e.occurredAt() : to;
        }
        List<Object> params = new ArrayList<>(ids);
        params.add(LeadWriter.utc(from));
        params.add(LeadWriter.utc(to));
        Set<String> seen = new HashSet<>();
        // Over ix_event_lead (lead_id, type, occurred_at): each lead's events in the request's time span.
        jdbc.query("SELECT lead_id, type, occurred_at, detail FROM lead_event WHERE lead_id IN ("
                + LeadWriter.placeholders(ids.size()) + ") AND occurred_at BETWEEN ? AND ?", rs -> {
                    seen.add(key(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class)
                            .toInstant(ZoneOffset.UTC), rs.getString(4)));
                }, params.toArray());
        List<Valid> fresh = new ArrayList<>(events.size());
        for (Valid e : events) {
            if (!e.timeGiven() || seen.add(key(e.leadId(), e.type().name(), e.occurredAt(), e.detail()))) {
                fresh.add(e);
            }
        }
        return fresh;
    }

    private static String key(long leadId, String type, Instant at, @Nullable String detail) {
        return leadId + "|" + type + "|" + at + "|" + (detail == null ? "" : detail);
    }

    private void insert(List<Valid> events) {
        List<Object> params = new ArrayList<>(events.size() * 4);
        for (Valid e : events) {
            params.add(e.leadId());
            params.add(e.type().name());
            params.add(LeadWriter.utc(e.occurredAt()));
            params.add(e.detail());
        }
        jdbc.update("INSERT INTO lead_event (lead_id, type, occurred_at, detail) VALUES "
                + String.join(", ", Collections.nCopies(events.size(), "(?, ?, ?, ?)")), params.toArray());
    }

    /** Moves each lead's last activity forward to its newest new event; never back (an old event arriving late). */
    private void touch(List<Valid> events) {
        Map<Long, Instant> newest = new TreeMap<>();
        for (Valid e : events) {
            newest.merge(e.leadId(), e.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<Object> params = new ArrayList<>(newest.size() * 2);
        List<String> rows = new ArrayList<>(newest.size());
        newest.forEach((id, at) -> {
            // Typed on every row: the driver may send the values as text, and a union of text compares as text.
            rows.add("SELECT CAST(? AS SIGNED) AS id, CAST(? AS DATETIME(6)) AS at");
            params.add(id);
            params.add(LeadWriter.utc(at));
        });
        jdbc.update("UPDATE leads l JOIN (" + String.join(" UNION ALL ", rows) + ") n ON n.id = l.id "
                + "SET l.last_activity_at = GREATEST(COALESCE(l.last_activity_at, n.at), n.at)", params.toArray());
    }

    /** Each lead's stored score and stage, in the order the leads first appear in the request. */
    private List<RecordedEvents.LeadAfter> after(List<Long> leadIds) {
        Map<Long, RecordedEvents.LeadAfter> byId = new HashMap<>();
        jdbc.query("SELECT l.id, l.stage, s.total, s.fit, s.intent, s.mql, s.model_version FROM leads l "
                + "LEFT JOIN lead_score s ON s.lead_id = l.id WHERE l.id IN (" + LeadWriter.placeholders(leadIds.size())
                + ")", rs -> {
                    boolean scored = rs.getObject(3) != null;
                    byId.put(rs.getLong(1), new RecordedEvents.LeadAfter(rs.getLong(1),
                            Stage.valueOf(rs.getString(2)), rs.getBigDecimal(3),
                            scored ? rs.getInt(4) : null, rs.getBigDecimal(5), scored ? rs.getBoolean(6) : null,
                            scored ? rs.getInt(7) : null));
                }, leadIds.toArray());
        return leadIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
