package com.porchlight.segment.rule;

import org.jspecify.annotations.Nullable;

/** Names of the things a rule refers to by id; {@code null} when the thing no longer exists. */
public interface RuleReferences {

    @Nullable String sourceName(long id);

    @Nullable String loanOfficerName(long id);

    /** For tests and for text that needs no names: every id exists and is shown as "#id". */
    RuleReferences IDS_ONLY = new RuleReferences() {
        @Override
        public String sourceName(long id) {
            return "source #" + id;
        }

        @Override
        public String loanOfficerName(long id) {
            return "loan officer #" + id;
        }
    };
}
