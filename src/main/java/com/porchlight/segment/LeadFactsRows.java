package com.porchlight.segment;

import com.porchlight.lead.EventType;
import com.porchlight.segment.rule.LeadFacts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a row of {@code leads} (and of {@code lead_event}) becomes the {@link LeadFacts} the Java evaluators read: one
 * column list and one mapping for every reader (scoring's explanations, the SQL-versus-Java tests).
 */
public final class LeadFactsRows {

    /** The lead columns {@link #lead} maps, in its order; append {@code WHERE …} to it. */
    public static final String SELECT_LEADS = "SELECT id, stage, source_id, state, county, zip, loan_purpose, "
            + "loan_program, credit_band, credit_score, annual_income, dti, ltv, loan_amount, property_value, "
            + "current_rate, current_program, current_term_months, first_time_buyer, veteran, assigned_lo_id, "
            + "received_at, last_activity_at, emailable, sms_ok, callable FROM leads";

    private LeadFactsRows() {
    }

    /** The lead of the current row of a {@link #SELECT_LEADS} result, with these events. */
    public static LeadFacts lead(ResultSet rs, List<LeadFacts.Event> events) throws SQLException {
        return new LeadFacts(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                (Integer) rs.getObject(10, Integer.class), rs.getBigDecimal(11), rs.getBigDecimal(12),
                rs.getBigDecimal(13), rs.getBigDecimal(14), rs.getBigDecimal(15), rs.getBigDecimal(16),
                rs.getString(17), (Integer) rs.getObject(18, Integer.class), rs.getBoolean(19), rs.getBoolean(20),
                (Long) rs.getObject(21, Long.class), time(rs.getObject(22, LocalDateTime.class)),
                time(rs.getObject(23, LocalDateTime.class)), rs.getBoolean(24), rs.getBoolean(25), rs.getBoolean(26),
                events);
    }

    /**
     * An event from its stored type and time; empty for a type this version does not know (it cannot count in a rule).
     */
    public static Optional<LeadFacts.Event> event(String type, LocalDateTime occurredAt) {
        try {
            return Optional.of(new LeadFacts.Event(EventType.valueOf(type), occurredAt.toInstant(ZoneOffset.UTC)));
        } catch (IllegalArgumentException unknownType) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("NullAway")
    private static Instant time(@Nullable LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
