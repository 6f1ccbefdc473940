package com.porchlight.segment.rule;

import java.util.ArrayList;
import java.util.List;

/** ALL of / ANY of / NONE of its rules, which may themselves be groups. */
public record RuleGroup(Combinator combinator, List<Rule> rules) implements Rule {

    public RuleGroup {
        rules = List.copyOf(rules);
    }

    public static RuleGroup all(Rule... rules) {
        return new RuleGroup(Combinator.ALL, List.of(rules));
    }

    public static RuleGroup any(Rule... rules) {
        return new RuleGroup(Combinator.ANY, List.of(rules));
    }

    public static RuleGroup none(Rule... rules) {
        return new RuleGroup(Combinator.NONE, List.of(rules));
    }

    /** An empty ALL group: a new segment before its first condition. */
    public static RuleGroup empty() {
        return new RuleGroup(Combinator.ALL, List.of());
    }

    public RuleGroup with(Combinator c) {
        return new RuleGroup(c, rules);
    }

    public RuleGroup withAdded(Rule rule) {
        List<Rule> copy = new ArrayList<>(rules);
        copy.add(rule);
        return new RuleGroup(combinator, copy);
    }

    public RuleGroup withReplaced(int index, Rule rule) {
        List<Rule> copy = new ArrayList<>(rules);
        copy.set(index, rule);
        return new RuleGroup(combinator, copy);
    }

    public RuleGroup withRemoved(int index) {
        List<Rule> copy = new ArrayList<>(rules);
        copy.remove(index);
        return new RuleGroup(combinator, copy);
    }

    /** Swaps the rule at {@code index} with its neighbour ({@code by} = -1 up, +1 down); unchanged at the ends. */
    public RuleGroup withMoved(int index, int by) {
        int to = index + by;
        if (to < 0 || to >= rules.size()) {
            return this;
        }
        List<Rule> copy = new ArrayList<>(rules);
        Rule r = copy.remove(index);
        copy.add(to, r);
        return new RuleGroup(combinator, copy);
    }
}
