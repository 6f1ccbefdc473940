package com.porchlight.scoring;

import java.util.List;

/** A draft could not be saved or published; nothing was written. {@code problems} locate what is wrong. */
public class ScoringException extends RuntimeException {

    private final List<ModelProblem> problems;

    public ScoringException(String message) {
        this(message, List.of());
    }

    public ScoringException(String message, List<ModelProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
