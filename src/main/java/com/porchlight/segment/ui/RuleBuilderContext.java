package com.porchlight.segment.ui;

import com.porchlight.segment.SegmentOption;
import java.util.List;

/**
 * What every node of one rule builder shares: whether it may be changed, the lead sources and loan officers a
 * condition can name (read once per screen), and whom to tell after an edit.
 */
record RuleBuilderContext(boolean readOnly, List<SegmentOption> sources, List<SegmentOption> loanOfficers,
        Runnable changed) {
}
