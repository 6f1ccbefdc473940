package com.porchlight.segment.rule;

/**
 * A node of a rule: a group of rules or one condition. Adding a kind of condition (e.g. score conditions) means a new
 * record here plus its case in {@link RuleJson}, {@link RuleValidator}, {@link SqlCompiler}, {@link RuleEvaluator} and
 * {@link RuleSummary}; the compiler makes every switch exhaustive, so none can be forgotten.
 */
public sealed interface Rule permits RuleGroup, FieldCondition, ActivityCondition, RateTrigger, UnknownRule {
}
