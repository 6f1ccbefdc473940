package com.porchlight.compliance.api;

import com.porchlight.compliance.engine.AdvertiserProfile;
import com.porchlight.compliance.engine.LoanOfficer;
import com.porchlight.compliance.engine.PostalAddress;
import com.porchlight.compliance.engine.RegulatorType;
import com.porchlight.compliance.engine.StateLicense;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The request's {@code advertiser} object: each field that is present replaces the stored profile's value for this one
 * check; a field left out (or null) keeps it. An empty string clears the legal name or NMLS ID; a list replaces the
 * whole list.
 * {@code Optional.empty()} in a text field means "cleared".
 */
record AdvertiserOverrides(
        @Nullable Optional<String> legalName,
        @Nullable Optional<String> nmlsId,
        @Nullable RegulatorType regulatorType,
        @Nullable Boolean fhaApproved,
        @Nullable Boolean vaLender,
        @Nullable PostalAddress address,
        @Nullable List<LoanOfficer> loanOfficers,
        @Nullable List<StateLicense> stateLicenses) {

    static final AdvertiserOverrides NONE = new AdvertiserOverrides(null, null, null, null, null, null, null, null);

    AdvertiserProfile apply(AdvertiserProfile stored) {
        return new AdvertiserProfile(
                legalName == null ? stored.legalName() : legalName.orElse(null),
                stored.dbas(),
                nmlsId == null ? stored.nmlsId() : nmlsId.orElse(null),
                regulatorType == null ? stored.regulatorType() : regulatorType,
                fhaApproved == null ? stored.fhaApproved() : fhaApproved,
                vaLender == null ? stored.vaLender() : vaLender,
                address == null ? stored.postalAddress() : address,
                stateLicenses == null ? stored.stateLicenses() : stateLicenses,
                loanOfficers == null ? stored.loanOfficers() : loanOfficers,
                stored.snippets());
    }
}
