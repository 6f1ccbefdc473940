package com.porchlight.compliance.engine;

import java.util.Map;

/** Per-rule settings keyed by rule ID; rules without an entry run as the catalog defines them. */
public record RuleSettings(Map<String, RuleSetting> byRuleId) {
    public RuleSettings {
        byRuleId = Map.copyOf(byRuleId);
    }

    public static RuleSettings defaults() {
        return new RuleSettings(Map.of());
    }

    public RuleSetting settingFor(String ruleId) {
        return byRuleId.getOrDefault(ruleId, new RuleSetting(true, null));
    }
}
