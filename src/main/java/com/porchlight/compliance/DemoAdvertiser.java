package com.porchlight.compliance;

import com.porchlight.compliance.engine.RegulatorType;
import com.porchlight.security.DemoMode;
import java.time.Clock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the demo accounts comes a demo lender, so the compliance check has a realistic profile to check against. A
 * profile someone already saved is left alone.
 */
@Component
@Conditional(DemoMode.On.class)
class DemoAdvertiser implements SmartInitializingSingleton {

    private final AdvertiserProfileRepository profiles;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoAdvertiser(AdvertiserProfileRepository profiles, TransactionTemplate tx, Clock clock) {
        this.profiles = profiles;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(status -> {
            var p = profiles.findById(AdvertiserProfileEntity.ID).orElseGet(AdvertiserProfileEntity::new);
            if (p.updatedAt != null) {
                return; // someone (or an earlier start) already filled it in
            }
            p.legalName = "Harbor Light Home Loans, LLC";
            p.dbas = "Harbor Light Mortgage";
            p.nmlsId = "1002003";
            p.regulatorType = RegulatorType.NONBANK;
            p.fhaApproved = true;
            p.vaLender = true;
            p.street = "100 Main Street, Suite 200";
            p.city = "Sacramento";
            p.state = "CA";
            p.postalCode = "95814";
            p.equalHousing = "Equal Housing Opportunity";
            p.licenses.add(new AdvertiserProfileEntity.License("CA", "CFL", "60DBO-100200", null));
            p.licenses.add(new AdvertiserProfileEntity.License("NY", "Licensed Mortgage Banker", "LMB-500600",
                    "Licensed Mortgage Banker – NYS Department of Financial Services"));
            p.updatedBy = "demo data";
            p.updatedAt = clock.instant();
            profiles.save(p);
        });
    }
}
