package com.porchlight.lead.demo;

import com.porchlight.lead.ConsentAction;
import com.porchlight.lead.ContactChannel;
import com.porchlight.lead.CreditBand;
import com.porchlight.lead.EventType;
import com.porchlight.lead.LoanProgram;
import com.porchlight.lead.LoanPurpose;
import com.porchlight.lead.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One generated lead with everything the database holds about it: the {@code leads} row (money in whole dollars,
 * DTI and LTV are derived by the database), its stage history, its consent evidence and its engagement events (in
 * time order). The consent columns are the state the evidence leads to; {@code lastActivityAt} is the last event's
 * time.
 */
public record DemoLead(long id, long sourceId, @Nullable String externalId, String firstName, String lastName,
        String email, @Nullable String phone, String state, String county, String zip, LoanPurpose purpose,
        @Nullable LoanProgram program, int creditScore, CreditBand creditBand, long annualIncome, long monthlyDebt,
        long propertyValue, long loanAmount, @Nullable BigDecimal currentRate, @Nullable LoanProgram currentProgram,
        @Nullable Integer currentTermMonths, @Nullable LocalDate currentOriginatedOn, boolean firstTimeBuyer,
        boolean veteran, @Nullable Instant prequalifiedAt, @Nullable Instant preapprovedAt, Stage stage,
        Instant stageChangedAt, @Nullable String lostReason, Instant receivedAt, @Nullable Instant firstContactedAt,
        @Nullable Instant lastActivityAt, @Nullable Long assignedLoId, @Nullable Instant assignedAt,
        boolean unassignable, @Nullable Instant emailOptInAt, @Nullable Instant emailUnsubscribedAt,
        @Nullable Instant pewcAt, @Nullable Instant smsRevokedAt, @Nullable Instant callRevokedAt, boolean doNotCall,
        String createdBy, List<StageChange> history, List<ConsentFact> consent, List<Activity> events) {

    /** A row of {@code lead_stage_change}. */
    public record StageChange(@Nullable Stage from, Stage to, Instant at, String by, @Nullable String reason) {
    }

    /** A row of {@code lead_consent_event}. */
    public record ConsentFact(ContactChannel channel, ConsentAction action, Instant at, String captureSource,
            @Nullable String text, Instant recordedAt, String recordedBy) {
    }

    /** A row of {@code lead_event}. */
    public record Activity(EventType type, Instant at, @Nullable String detail) {
    }
}
