package com.porchlight.creative;

import org.jspecify.annotations.Nullable;

/** A reviewer's answer to one checklist item; "not applicable" and "no" need a note. */
public record ChecklistAnswer(Answer answer, @Nullable String note) {

    public enum Answer {
        YES("Yes"), NO("No"), NOT_APPLICABLE("Not applicable");

        private final String label;

        Answer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ChecklistAnswer {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
