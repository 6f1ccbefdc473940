package com.porchlight.compliance.engine;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects a rule's findings, turning token ranges into character spans and adding the citation. */
final class Findings {
    private final List<Finding> list = new ArrayList<>();
    private RuleInfo rule;

    Findings(RuleInfo first) {
        this.rule = first;
    }

    void use(RuleInfo rule) {
        this.rule = rule;
    }

    RuleInfo rule() {
        return rule;
    }

    void tokens(Severity s, PartText p, int fromToken, int toToken, String message, @Nullable String fix) {
        chars(s, p, p.charStart(fromToken), Math.max(p.charStart(fromToken), p.charEnd(toToken)), message, fix);
    }

    void chars(Severity s, PartText p, int start, int end, String message, @Nullable String fix) {
        list.add(new Finding(rule.id(), s, p.part.kind(), p.part.index(), start, end,
                message + " (" + rule.citation() + ")", rule.citation(), fix));
    }

    /** Something required is absent: point at the end of the part where it should be added. */
    void missing(Severity s, PartText anchor, String message, @Nullable String fix) {
        int end = anchor.original.length();
        chars(s, anchor, end, end, message, fix);
    }

    void hit(Severity s, PartText p, PhraseMatcher.Hit h, String message, @Nullable String fix) {
        tokens(s, p, h.from(), h.to(), message, fix);
    }

    List<Finding> all() {
        return list;
    }
}
