package com.porchlight.segment.rule;

import java.util.EnumSet;
import java.util.Set;

/** What kind of value a field holds, which decides its operators and its editor. */
public enum ValueKind {
    /** One of a fixed list (stage, state, purpose…). */
    CHOICE(EnumSet.of(Operator.IS_ANY_OF, Operator.IS_NONE_OF)),
    /** One of a fixed list with an order from best to worst (credit band): also "or better", "or worse". */
    RANKED_CHOICE(EnumSet.of(Operator.IS_ANY_OF, Operator.IS_NONE_OF, Operator.AT_LEAST, Operator.AT_MOST)),
    /** An id of a lead source or a loan officer. */
    REFERENCE(EnumSet.of(Operator.IS_ANY_OF, Operator.IS_NONE_OF)),
    /** Free text compared whole, ignoring case and accents (county). */
    TEXT(EnumSet.of(Operator.IS_ANY_OF, Operator.IS_NONE_OF)),
    /** Leading digits (ZIP prefix). */
    PREFIX(EnumSet.of(Operator.STARTS_WITH_ANY)),
    NUMBER(EnumSet.of(Operator.AT_LEAST, Operator.AT_MOST, Operator.BETWEEN)),
    /** A calendar day (UTC, as everywhere in the console). */
    DATE(EnumSet.of(Operator.ON_OR_AFTER, Operator.ON_OR_BEFORE, Operator.BETWEEN, Operator.IN_LAST_DAYS)),
    /** Whole days elapsed since a point in time. */
    DAYS(EnumSet.of(Operator.AT_MOST, Operator.AT_LEAST, Operator.BETWEEN)),
    BOOLEAN(EnumSet.of(Operator.IS));

    private final Set<Operator> operators;

    ValueKind(Set<Operator> operators) {
        this.operators = operators;
    }

    /** The operators of this kind, before "is empty"/"is not empty", which depend on the field being optional. */
    Set<Operator> baseOperators() {
        return operators;
    }
}
