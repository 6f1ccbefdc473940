package com.porchlight.compliance;

import com.porchlight.compliance.engine.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "compliance_rule_setting")
class RuleSettingEntity {

    @Id
    @Column(name = "rule_id")
    String ruleId = "";
    boolean enabled = true;
    @Enumerated(EnumType.STRING)
    @Column(name = "severity_override")
    @Nullable Severity severityOverride;
    @Column(nullable = false)
    String reason = "";
    @Column(name = "changed_by", nullable = false)
    String changedBy = "";
    @Column(name = "changed_at", nullable = false)
    Instant changedAt = Instant.EPOCH;
    @Version
    long version;

    protected RuleSettingEntity() {
    }

    RuleSettingEntity(String ruleId) {
        this.ruleId = ruleId;
    }

    boolean isDefault() {
        return enabled && severityOverride == null;
    }
}
