package com.porchlight.compliance;

import com.porchlight.compliance.engine.AdvertiserProfile;
import com.porchlight.compliance.engine.ComplianceEngine;
import com.porchlight.compliance.engine.CreativeInput;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.Verdict;
import com.porchlight.security.Roles;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the pre-check with the stored advertiser profile and the compliance officers' rule settings. Used by the
 * Compliance check view, the creative editor and the public check API.
 */
@Service
public class ComplianceService {

    private final AdvertiserProfileService profiles;
    private final RuleSettingsService ruleSettings;

    ComplianceService(AdvertiserProfileService profiles, RuleSettingsService ruleSettings) {
        this.profiles = profiles;
        this.ruleSettings = ruleSettings;
    }

    /** Checks a creative against the stored advertiser profile. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public CheckResult check(CreativeInput input) {
        return check(input, UnaryOperator.identity());
    }

    /**
     * Checks a creative with the stored profile as changed by {@code overrides} for this one check (the API lets a
     * caller override any advertiser field).
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public CheckResult check(CreativeInput input, UnaryOperator<AdvertiserProfile> overrides) {
        AdvertiserProfile profile = overrides.apply(profiles.current());
        var settings = ruleSettings.current();
        List<Finding> findings = ComplianceEngine.check(input, profile, settings.settings());
        return new CheckResult(Verdict.of(findings), findings, settings.notes());
    }
}
