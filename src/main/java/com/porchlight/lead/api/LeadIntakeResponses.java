package com.porchlight.lead.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The API's answers, as the OpenAPI document describes them. */
final class LeadIntakeResponses {

    private LeadIntakeResponses() {
    }

    /**
     * 201: the lead is stored; {@code assignedLoanOfficer} is null when nobody is licensed or routing is manual;
     * {@code score} is null only while no scoring model is published. {@code stage} is MQL when the lead's score
     * reached the threshold on arrival.
     */
    record Created(long id, String status, String stage, @Nullable String assignedLoanOfficer,
            boolean unassignable, LeadEventResponses.@Nullable Score score) {
    }

    /** 200: the source already has this lead (same externalId, or same email); {@code id} is that lead's. */
    record Duplicate(long id, String status) {
    }

    /** 400: every problem found; nothing was stored. */
    record Invalid(List<ApiFieldError> errors) {
    }

    /** 401, 403, 405, 413, 429, 500: one sentence. */
    record Error(String error) {
    }
}
