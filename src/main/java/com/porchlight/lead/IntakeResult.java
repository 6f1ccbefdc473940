package com.porchlight.lead;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one delivered lead: created, a duplicate of an existing lead (id is that lead's), or rejected with
 * every problem found (nothing stored). A created lead is scored at once: {@code score} is its score with the
 * explanation (null when no scoring model is published), and {@code stage} / {@code assignedLoanOfficer} are as they
 * stand after the MQL hand-off, which moves a lead that is an MQL on arrival to MQL and routes it if nobody has it.
 */
public record IntakeResult(Status status, @Nullable Long id, @Nullable Stage stage,
        @Nullable String assignedLoanOfficer, boolean unassignable, List<FieldError> errors,
        @Nullable LeadScoreSummary score) {

    public enum Status { CREATED, DUPLICATE, REJECTED }

    static IntakeResult rejected(List<FieldError> errors) {
        return new IntakeResult(Status.REJECTED, null, null, null, false, errors, null);
    }
}
