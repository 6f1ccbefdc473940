package com.porchlight.lead;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one lead that the current user may see, and what they may do with it. The view shows this and only
 * this: the service has already applied the loan officer restriction and decided the permitted actions.
 *
 * @param permittedStages the stages the current user may move the lead to now (empty when they may not change it)
 * @param consentChanges the consent changes the current user may record now
 * @param mayAssign whether the current user may (re)assign the lead to a loan officer
 * @param eventCount all events of the lead; {@code timeline} holds the newest {@link LeadService#TIMELINE_LIMIT}
 * @param score the lead's score now with its explanation rule by rule; null before it was first scored or while no
 *        scoring model is published
 */
public record LeadProfile(
        Lead lead,
        Source source,
        @Nullable LoanOfficer loanOfficer,
        List<StageChange> history,
        List<ConsentEvidence> consentEvidence,
        List<ChannelStatus> consent,
        List<TimelineEvent> timeline,
        long eventCount,
        Set<Stage> permittedStages,
        List<ConsentChange> consentChanges,
        boolean mayAssign,
        @Nullable LeadScoreSummary score) {

    /**
     * True when the stage says the lead is qualified (MQL or further along, still open) but its score is now below the
     * threshold. The stage is not moved back (ADR 0009): the people working the lead decide, and the profile says so.
     */
    public boolean belowThresholdInQualifiedStage() {
        Stage stage = lead.stage();
        return score != null && !score.mql() && stage.isOpen() && stage.ordinal() >= Stage.MQL.ordinal();
    }

    /**
     * When the score of a lead that scoring handed over as MQL fell below the threshold: the score's last crossing
     * ({@code mqlChangedAt}), which after a hand-off can only be downwards. Null when a person, an import or the demo
     * data put the lead in MQL: whether its score was ever above the threshold is then unknown (the first scoring of a
     * lead also stamps {@code mqlChangedAt}), so the profile only says that it is below.
     */
    public @Nullable Instant fellBelowThresholdAt() {
        if (!belowThresholdInQualifiedStage()) {
            return null;
        }
        // history is newest first: the lead's latest move to MQL decides how it got there.
        StageChange becameMql = history.stream().filter(c -> c.to() == Stage.MQL).findFirst().orElse(null);
        Instant changed = java.util.Objects.requireNonNull(score).mqlChangedAt();
        return becameMql != null && MqlHandoff.isHandoff(becameMql) && changed.isAfter(becameMql.changedAt())
                ? changed : null;
    }

    /** Every column of the lead. Money in dollars, DTI/LTV and rates in percent, instants UTC. */
    public record Lead(
            long id, long version, @Nullable String externalId,
            String firstName, String lastName, @Nullable String email, @Nullable String phone,
            String state, @Nullable String county, @Nullable String zip,
            LoanPurpose loanPurpose, @Nullable LoanProgram loanProgram,
            @Nullable Integer creditScore, @Nullable CreditBand creditBand,
            @Nullable BigDecimal annualIncome, @Nullable BigDecimal monthlyDebt,
            @Nullable BigDecimal propertyValue, @Nullable BigDecimal loanAmount,
            @Nullable BigDecimal dti, @Nullable BigDecimal ltv,
            @Nullable BigDecimal currentRate, @Nullable LoanProgram currentProgram,
            @Nullable Integer currentTermMonths, @Nullable LocalDate currentLoanOriginatedOn,
            boolean firstTimeBuyer, boolean veteran,
            @Nullable Instant prequalifiedAt, @Nullable Instant preapprovedAt,
            Stage stage, Instant stageChangedAt, @Nullable String lostReason,
            Instant receivedAt, @Nullable Instant firstContactedAt, @Nullable Instant lastActivityAt,
            @Nullable Instant assignedAt, boolean unassignable,
            @Nullable Instant emailOptInAt, @Nullable Instant emailUnsubscribedAt,
            @Nullable Instant writtenConsentAt, @Nullable Instant smsRevokedAt, @Nullable Instant callRevokedAt,
            boolean doNotCall, boolean emailable, boolean smsOk, boolean callable,
            String createdBy, @Nullable Long importId) {

        public String name() {
            return firstName + " " + lastName;
        }

        /** Receipt to first contact; null while nobody has contacted the lead. */
        public @Nullable Duration speedToLead() {
            return firstContactedAt == null ? null : Duration.between(receivedAt, firstContactedAt);
        }
    }

    public record Source(long id, String name, SourceChannel channel, boolean active) {
    }

    public record LoanOfficer(long userId, String name, String email, @Nullable String nmlsId) {
    }

    public record StageChange(@Nullable Stage from, Stage to, Instant changedAt, String changedBy,
            @Nullable String reason) {
    }

    public record ConsentEvidence(ContactChannel channel, ConsentAction action, Instant occurredAt,
            String captureSource, @Nullable String consentText, Instant recordedAt, String recordedBy) {
    }

    /** Whether the lead may be contacted on a channel now, and the reason in words. */
    public record ChannelStatus(ContactChannel channel, boolean allowed, String explanation) {
    }

    public record TimelineEvent(EventType type, Instant occurredAt, @Nullable String detail) {
    }
}
