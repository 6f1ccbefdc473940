package com.porchlight.compliance;

import com.porchlight.security.CurrentUser;
import com.porchlight.audit.AuditLog;
import com.porchlight.compliance.engine.RuleCatalog;
import com.porchlight.compliance.engine.RuleInfo;
import com.porchlight.compliance.engine.RuleSetting;
import com.porchlight.compliance.engine.RuleSettings;
import com.porchlight.compliance.engine.Severity;
import com.porchlight.security.Roles;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance officers switch catalog rules off or change their severity, always with a reason. Every change is
 * audited, and every later finding of that rule carries a note saying who changed it, when and why.
 */
@Service
public class RuleSettingsService {

    static final int MIN_REASON = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** The settings for the engine, and per changed rule the sentence findings show. */
    public record Current(RuleSettings settings, Map<String, String> notes) {
    }

    private final RuleSettingRepository settings;
    private final AuditLog audit;
    private final Clock clock;

    RuleSettingsService(RuleSettingRepository settings, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Current current() {
        Map<String, RuleSetting> byRule = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        for (RuleSettingEntity s : settings.findAll()) {
            if (s.isDefault() || RuleCatalog.find(s.ruleId).isEmpty()) {
                continue;
            }
            byRule.put(s.ruleId, new RuleSetting(s.enabled, s.severityOverride));
            notes.put(s.ruleId, note(s));
        }
        return new Current(new RuleSettings(byRule), notes);
    }

    /** Every catalog rule, in catalog order, with its current setting. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<RuleRow> list() {
        Map<String, RuleSettingEntity> byRule = new HashMap<>();
        settings.findAll().forEach(s -> byRule.put(s.ruleId, s));
        return RuleCatalog.all().stream().map(info -> row(info, byRule.get(info.id()))).toList();
    }

    /**
     * Changes one rule. {@code severityOverride} null means the catalog's severity; enabled with no override restores
     * the catalog default (still recorded, with its reason).
     */
    @PreAuthorize(Roles.HAS_COMPLIANCE)
    @Transactional
    public RuleRow change(String ruleId, boolean enabled, @Nullable Severity severityOverride, String reason,
            long expectedVersion) {
        RuleInfo info = RuleCatalog.find(ruleId).orElseThrow(() -> new IllegalArgumentException(
                "There is no rule " + ruleId + " in the catalog."));
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw new IllegalArgumentException("Give the reason for this change (at least " + MIN_REASON
                    + " characters): it is shown on every finding of " + ruleId + " and kept in the audit trail.");
        }
        if (why.length() > 1000) {
            throw new IllegalArgumentException("The reason can have at most 1000 characters.");
        }
        Severity override = severityOverride == info.defaultSeverity() ? null : severityOverride;
        RuleSettingEntity entity = settings.findById(ruleId).orElse(null);
        long currentVersion = entity == null ? -1 : entity.version;
        if (currentVersion != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(RuleSettingEntity.class, ruleId);
        }
        if (entity == null) {
            entity = new RuleSettingEntity(ruleId);
        }
        String before = describe(info, entity.enabled, entity.severityOverride);
        entity.enabled = enabled;
        entity.severityOverride = override;
        entity.reason = why;
        entity.changedBy = CurrentUser.nameOrSystem();
        entity.changedAt = clock.instant();
        RuleSettingEntity saved;
        try {
            saved = settings.saveAndFlush(entity);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // Two officers made the first change to this rule at the same moment: the later one reloads.
            throw new ObjectOptimisticLockingFailureException(RuleSettingEntity.class, ruleId);
        }
        audit.record("RULE_SETTING", ruleId, before + " → " + describe(info, enabled, override) + ". Reason: " + why);
        return row(info, saved);
    }

    private static RuleRow row(RuleInfo info, @Nullable RuleSettingEntity s) {
        if (s == null) {
            return new RuleRow(info, true, null, null, null, null, -1);
        }
        return new RuleRow(info, s.enabled, s.severityOverride, s.reason, s.changedBy, s.changedAt, s.version);
    }

    private static String describe(RuleInfo info, boolean enabled, @Nullable Severity override) {
        if (!enabled) {
            return "off";
        }
        return override == null ? "on as " + info.defaultSeverity() + " (catalog)" : "on as " + override;
    }

    static String note(RuleSettingEntity s) {
        String what = !s.enabled ? "Switched off" : "Severity changed to " + s.severityOverride;
        return what + " by " + s.changedBy + " on " + DAY.format(s.changedAt) + ": " + s.reason;
    }
}
