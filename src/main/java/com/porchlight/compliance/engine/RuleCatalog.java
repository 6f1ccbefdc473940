package com.porchlight.compliance.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every rule the engine decides, in catalog order: what the UI lists and settings refer to. */
public final class RuleCatalog {
    private static final List<Rule> RULES = build();

    private RuleCatalog() {
    }

    private static List<Rule> build() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(RegZRules.all());
        rules.addAll(WordingRules.all());
        rules.addAll(IdentityRules.all());
        rules.addAll(MessagingRules.all());
        long distinct = rules.stream().map(r -> r.info().id()).distinct().count();
        if (distinct != rules.size()) {
            throw new IllegalStateException("duplicate rule IDs in the catalog");
        }
        return List.copyOf(rules);
    }

    static List<Rule> rules() {
        return RULES;
    }

    public static List<RuleInfo> all() {
        return RULES.stream().map(Rule::info).toList();
    }

    public static Optional<RuleInfo> find(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
