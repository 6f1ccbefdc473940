package com.porchlight.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * The funnel: NEW → CONTACTED → MQL → SQL → APPLICATION → FUNDED, or LOST (with a reason) from any open stage. A lost
 * lead can be reopened as CONTACTED; FUNDED is final.
 */
public enum Stage {
    NEW("New"),
    CONTACTED("Contacted"),
    MQL("Marketing qualified"),
    SQL("Sales qualified"),
    APPLICATION("Application"),
    FUNDED("Funded"),
    LOST("Lost");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != FUNDED && this != LOST;
    }

    /**
     * Stages a person may move a lead to from this one: forward along the funnel (skipping is allowed, leads often
     * jump from NEW to APPLICATION when a borrower applies directly), LOST from any open stage, and a lost lead back
     * to CONTACTED. Never backwards otherwise: the history would stop telling the truth about the funnel.
     */
    public Set<Stage> nextStages() {
        if (this == FUNDED) {
            return EnumSet.noneOf(Stage.class);
        }
        if (this == LOST) {
            return EnumSet.of(CONTACTED);
        }
        EnumSet<Stage> next = EnumSet.noneOf(Stage.class);
        for (Stage s : values()) {
            if (s != LOST && s.ordinal() > ordinal()) {
                next.add(s);
            }
        }
        next.add(LOST);
        return next;
    }
}
