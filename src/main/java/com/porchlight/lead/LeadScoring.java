package com.porchlight.lead;

import java.util.List;
import java.util.Optional;

/**
 * What the lead module needs from lead scoring, implemented by the scoring module (which depends on this one, so
 * the lead module reaches it only through this interface). Calls run in the caller's transaction and security
 * context; callers have already checked that the current user may see the leads.
 */
public interface LeadScoring {

    /** Scores these leads now — new leads, leads with new events — and hands those that became MQL over. */
    void scoreNow(List<Long> leadIds);

    /** Scores the leads of a finished CSV import (in the background). */
    void scoreImport(long importId);

    /** The lead's stored score with its explanation, rule by rule; empty before the lead was first scored. */
    Optional<LeadScoreSummary> explain(long leadId);
}
