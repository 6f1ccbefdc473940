package com.porchlight.lead;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the Leads grid: what a marketer or loan officer scans to pick a lead.
 *
 * @param speedToLead time from receipt to first contact; null while the lead has not been contacted
 * @param score the stored total score; null before the lead was first scored
 * @param mql whether that score reaches the MQL threshold; null before the lead was first scored
 * @param waitingSince the speed-to-lead clock of a lead nobody has contacted yet: since it became MQL (stage MQL), or
 *        since it was received (stage NEW); null otherwise
 */
public record LeadRow(
        long id,
        String firstName,
        String lastName,
        @Nullable String email,
        @Nullable String phone,
        String state,
        LoanPurpose purpose,
        @Nullable LoanProgram program,
        @Nullable CreditBand creditBand,
        Stage stage,
        String sourceName,
        @Nullable String assignedLoanOfficer,
        boolean unassignable,
        Instant receivedAt,
        @Nullable Duration speedToLead,
        @Nullable BigDecimal score,
        @Nullable Boolean mql,
        @Nullable Instant waitingSince) {

    public String name() {
        return firstName + " " + lastName;
    }
}
