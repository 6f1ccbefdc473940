package com.porchlight.segment;

import com.porchlight.segment.rule.RuleProblem;
import java.util.List;
import java.util.Map;

/**
 * A segment could not be saved, restored or deleted. {@code fieldErrors} are keyed by form field ({@code name},
 * {@code description}, {@code owner}); {@code ruleProblems} locate each problem of the rule. Nothing was written.
 */
public class SegmentException extends RuntimeException {

    private final Map<String, String> fieldErrors;
    private final List<RuleProblem> ruleProblems;

    public SegmentException(String message) {
        this(message, Map.of(), List.of());
    }

    public SegmentException(String message, Map<String, String> fieldErrors, List<RuleProblem> ruleProblems) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.ruleProblems = List.copyOf(ruleProblems);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public List<RuleProblem> ruleProblems() {
        return ruleProblems;
    }
}
