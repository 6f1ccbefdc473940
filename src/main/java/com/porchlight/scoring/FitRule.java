package com.porchlight.scoring;

import com.porchlight.segment.rule.RuleGroup;

/** Points (negative allowed) for every lead that meets a condition on its attributes. */
public record FitRule(String name, RuleGroup condition, int points) {
}
