package com.porchlight.creative;

import java.util.List;

/**
 * A workflow step that is not allowed, with a message for the person who tried it (and, for submissions, every
 * problem found). Nothing is changed when it is thrown.
 */
public class CreativeException extends RuntimeException {

    private final List<String> problems;

    public CreativeException(String message) {
        this(message, List.of());
    }

    public CreativeException(String message, List<String> problems) {
        super(problems.isEmpty() ? message : message + " " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
