package com.porchlight.scoring;

import com.porchlight.segment.rule.RuleProblem;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with a scoring model: where ({@code FIT} rule n, {@code INTENT} rule n, or a {@code SETTING}) and why;
 * for a fit rule's condition also the problem inside the condition.
 */
public record ModelProblem(Section section, int index, String message, @Nullable RuleProblem conditionProblem) {

    public enum Section { FIT, INTENT, SETTING }

    public static ModelProblem setting(String message) {
        return new ModelProblem(Section.SETTING, -1, message, null);
    }
}
