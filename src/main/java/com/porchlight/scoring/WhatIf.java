package com.porchlight.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The draft against the live scores of every lead, computed without writing anything: MQLs now and under the draft,
 * how many enter and leave, a histogram of totals under each ({@code binWidth}-point bins starting at
 * {@code firstBin}), and a sample of the leads whose MQL status would change. Both models are computed on the same
 * data as of {@code asOf} (the in-memory snapshot of the leads, at most a few minutes old).
 */
public record WhatIf(long leads, long mqlNow, long mqlDraft, long entering, long leaving, int binWidth, int firstBin,
        List<Long> liveHistogram, List<Long> draftHistogram, List<ChangedLead> sample, long millis, Instant asOf) {

    /** A lead whose MQL status the draft would change. */
    public record ChangedLead(long id, String name, String state, String stage, BigDecimal liveTotal,
            BigDecimal draftTotal, boolean entering) {
    }
}
