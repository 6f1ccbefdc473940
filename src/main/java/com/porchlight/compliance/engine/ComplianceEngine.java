package com.porchlight.compliance.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pre-check: runs every enabled rule that applies to the creative's channel and returns the
 * findings most severe first, then in reading order. Stateless and deterministic.
 */
public final class ComplianceEngine {
    private ComplianceEngine() {
    }

    public static List<Finding> check(CreativeInput input, AdvertiserProfile profile, RuleSettings settings) {
        if (input.parts().isEmpty()) {
            return List.of();
        }
        Creative creative = new Creative(input, profile);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RuleCatalog.rules()) {
            RuleInfo info = rule.info();
            RuleSetting setting = settings.settingFor(info.id());
            if (!setting.enabled() || !info.appliesTo(input.channel())) {
                continue;
            }
            Findings sink = new Findings(info);
            rule.check(creative, sink);
            for (Finding f : sink.all()) {
                findings.add(setting.severityOverride() == null ? f : new Finding(f.ruleId(),
                        setting.severityOverride(), f.part(), f.partIndex(), f.start(), f.end(), f.message(),
                        f.citation(), f.suggestion()));
            }
        }
        List<TextPart> order = input.parts();
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparingInt(f -> partOrder(order, f))
                .thenComparingInt(Finding::start)
                .thenComparing(Finding::ruleId));
        return List.copyOf(findings);
    }

    public static List<Finding> check(CreativeInput input, AdvertiserProfile profile) {
        return check(input, profile, RuleSettings.defaults());
    }

    private static int partOrder(List<TextPart> parts, Finding f) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).kind() == f.part() && parts.get(i).index() == f.partIndex()) {
                return i;
            }
        }
        return parts.size();
    }
}
