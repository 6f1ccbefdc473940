package com.porchlight.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A lead that passed {@link LeadValidator}: typed, normalised (phone as ten digits, state as its code, email trimmed,
 * credit band derived from the score when one was given) and ready for {@link LeadWriter}.
 *
 * @param receivedAt when the lead was captured; null means "now" (the writer fills it in)
 * @param smsConsentText the consent language the borrower saw, when {@code smsConsent} is true
 */
public record LeadData(
        @Nullable String externalId,
        String firstName,
        String lastName,
        @Nullable String email,
        @Nullable String phone,
        String state,
        @Nullable String zip,
        @Nullable String county,
        LoanPurpose loanPurpose,
        @Nullable LoanProgram loanProgram,
        @Nullable Integer creditScore,
        @Nullable CreditBand creditBand,
        @Nullable BigDecimal annualIncome,
        @Nullable BigDecimal monthlyDebt,
        @Nullable BigDecimal propertyValue,
        @Nullable BigDecimal loanAmount,
        @Nullable BigDecimal currentRate,
        @Nullable LoanProgram currentLoanProgram,
        @Nullable Integer currentLoanTermMonths,
        @Nullable LocalDate currentLoanOriginatedOn,
        boolean firstTimeBuyer,
        boolean veteran,
        @Nullable Instant receivedAt,
        boolean emailOptIn,
        boolean smsConsent,
        @Nullable String smsConsentText,
        @Nullable Instant smsConsentCapturedAt) {

    /** The key this lead is de-duplicated on within its source, in the order the unique keys are checked. */
    public String dedupDescription() {
        if (externalId != null) {
            return "externalId " + externalId;
        }
        return email != null ? "email " + email : "phone " + phone;
    }
}
