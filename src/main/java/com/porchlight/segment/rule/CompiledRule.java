package com.porchlight.segment.rule;

import java.util.List;

/**
 * A rule as SQL: a boolean expression over {@code leads l} whose every value is a {@code ?} placeholder bound from
 * {@link #params}, in order. The expression is two-valued (never NULL), so negating it ({@code NONE of}) is exact.
 */
public record CompiledRule(String where, List<Object> params) {

    public CompiledRule {
        params = List.copyOf(params);
    }

    public Object[] paramArray() {
        return params.toArray();
    }
}
