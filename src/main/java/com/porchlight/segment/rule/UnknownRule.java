package com.porchlight.segment.rule;

/**
 * A part of a saved rule this version does not understand (a field or operator that no longer exists, or a newer kind
 * of condition). It is kept verbatim — saving writes it back unchanged — and {@link RuleValidator} reports it, so it
 * is never silently dropped and never silently ignored in a count.
 */
public record UnknownRule(String json, String reason) implements Rule {
}
