package com.porchlight.compliance;

import com.porchlight.compliance.engine.RegulatorType;
import com.porchlight.compliance.engine.StateLicense;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The advertiser profile as administrators and compliance officers edit it. {@code version} goes back with the save so
 * a stale screen cannot overwrite someone else's change; {@code updatedBy}/{@code updatedAt} are read-only.
 */
public record ProfileForm(
        @Nullable String legalName,
        List<String> dbas,
        @Nullable String nmlsId,
        @Nullable RegulatorType regulatorType,
        boolean fhaApproved,
        boolean vaLender,
        @Nullable String street,
        @Nullable String city,
        @Nullable String state,
        @Nullable String postalCode,
        @Nullable String equalHousing,
        @Nullable String canSpamFooter,
        List<StateLicense> licenses,
        long version,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt) {

    public ProfileForm {
        dbas = List.copyOf(dbas);
        licenses = List.copyOf(licenses);
    }
}
