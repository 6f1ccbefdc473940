package com.porchlight.lead;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link LeadEventService#record}: either every problem found (nothing was written), or how many events
 * were stored and each lead's score and stage after scoring.
 *
 * @param alreadyRecorded events identical to one already stored (same lead, type, given time and detail): a retried
 *        request, so they were not stored again
 */
public record RecordedEvents(List<Problem> problems, int recorded, int alreadyRecorded, List<LeadAfter> leads) {

    public RecordedEvents {
        problems = List.copyOf(problems);
        leads = List.copyOf(leads);
    }

    static RecordedEvents rejected(List<Problem> problems) {
        return new RecordedEvents(problems, 0, 0, List.of());
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * One problem with one field of the event at {@code index} (0-based, in the order delivered); with a null index,
     * a problem with the list as a whole (empty, too long).
     */
    public record Problem(@Nullable Integer index, String field, String message) {
    }

    /**
     * A lead's stored score and stage after its new events were scored; the score fields are null when no scoring model
     * is published.
     */
    public record LeadAfter(long leadId, Stage stage, @Nullable BigDecimal total, @Nullable Integer fit,
            @Nullable BigDecimal intent, @Nullable Boolean mql, @Nullable Integer modelVersion) {
    }
}
