package com.porchlight.segment.rulebuilder;

import com.porchlight.segment.SegmentOption;
import java.util.List;

/**
 * What every node of one rule builder shares: whether it may be changed, the lead sources and loan officers a
 * condition can name (read once per screen), whom to tell after an edit, and whether behaviour (events) may be a
 * condition — not in a scoring model's fit rules, where intent rules count events.
 */
public record RuleBuilderContext(boolean readOnly, List<SegmentOption> sources, List<SegmentOption> loanOfficers,
        Runnable changed, boolean behaviour) {

    /** A segment's builder: every kind of condition, behaviour included. */
    public RuleBuilderContext(boolean readOnly, List<SegmentOption> sources, List<SegmentOption> loanOfficers,
            Runnable changed) {
        this(readOnly, sources, loanOfficers, changed, true);
    }
}
