package com.porchlight.segment.rule;

import com.porchlight.lead.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One lead as {@link RuleEvaluator} sees it: its fields as stored (enum names, decimals, UTC instants) and its events.
 * Lead scoring's explanation and the correctness tests of the SQL read leads into this form.
 */
public record LeadFacts(long id, String stage, long sourceId, String state, @Nullable String county,
        @Nullable String zip, String loanPurpose, @Nullable String loanProgram, @Nullable String creditBand,
        @Nullable Integer creditScore, @Nullable BigDecimal annualIncome, @Nullable BigDecimal dti,
        @Nullable BigDecimal ltv, @Nullable BigDecimal loanAmount, @Nullable BigDecimal propertyValue,
        @Nullable BigDecimal currentRate, @Nullable String currentProgram, @Nullable Integer currentTermMonths,
        boolean firstTimeBuyer, boolean veteran, @Nullable Long assignedLoanOfficerId, Instant receivedAt,
        @Nullable Instant lastActivityAt, boolean emailable, boolean smsOk, boolean callable, List<Event> events) {

    /** An engagement event of the lead. */
    public record Event(EventType type, Instant occurredAt) {
    }

    public LeadFacts {
        events = List.copyOf(events);
    }

    /** The field's value in the form conditions compare: String, BigDecimal, Long, Boolean, Instant or LocalDate. */
    @Nullable Object value(LeadAttribute a) {
        return switch (a) {
            case STAGE -> stage;
            case SOURCE -> sourceId;
            case STATE -> state;
            case COUNTY -> county;
            case ZIP -> zip;
            case LOAN_PURPOSE -> loanPurpose;
            case LOAN_PROGRAM -> loanProgram;
            case CREDIT_BAND -> creditBand;
            case CREDIT_SCORE -> creditScore == null ? null : BigDecimal.valueOf(creditScore);
            case ANNUAL_INCOME -> annualIncome;
            case DTI -> dti;
            case LTV -> ltv;
            case LOAN_AMOUNT -> loanAmount;
            case PROPERTY_VALUE -> propertyValue;
            case CURRENT_RATE -> currentRate;
            case FIRST_TIME_BUYER -> firstTimeBuyer;
            case VETERAN -> veteran;
            case ASSIGNED_LO -> assignedLoanOfficerId;
            case RECEIVED_DATE -> LocalDate.ofInstant(receivedAt, ZoneOffset.UTC);
            case DAYS_SINCE_RECEIVED -> receivedAt;
            case DAYS_SINCE_ACTIVITY -> lastActivityAt;
            case EMAILABLE -> emailable;
            case SMS_OK -> smsOk;
            case CALLABLE -> callable;
        };
    }
}
