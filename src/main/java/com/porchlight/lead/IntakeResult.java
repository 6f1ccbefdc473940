package com.porchlight.lead;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one delivered lead: created, a duplicate of an existing lead (id is that lead's), or rejected with
 * every problem found (nothing stored).
 */
public record IntakeResult(Status status, @Nullable Long id, @Nullable Stage stage,
        @Nullable String assignedLoanOfficer, boolean unassignable, List<FieldError> errors) {

    public enum Status { CREATED, DUPLICATE, REJECTED }

    static IntakeResult rejected(List<FieldError> errors) {
        return new IntakeResult(Status.REJECTED, null, null, null, false, errors);
    }
}
