package com.porchlight.segment.rule;

import java.util.List;

/**
 * What is wrong with one node of a rule. {@code path} locates it: the indexes of the rules from the root group down
 * ({@code []} is the root, {@code [1, 0]} the first rule of the root's second rule), so the builder can show the
 * message next to the offending condition.
 */
public record RuleProblem(List<Integer> path, String message) {

    public RuleProblem {
        path = List.copyOf(path);
    }
}
