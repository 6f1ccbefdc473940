package com.porchlight.lead;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the Leads grid: what a marketer or loan officer scans to pick a lead.
 *
 * @param speedToLead time from receipt to first contact; null while the lead has not been contacted
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
        @Nullable Duration speedToLead) {

    public String name() {
        return firstName + " " + lastName;
    }
}
