package com.porchlight.compliance.engine;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Who is advertising: identity, regulator, programme approvals, licences and named loan officers. */
public record AdvertiserProfile(
        @Nullable String legalName,
        List<String> dbas,
        @Nullable String nmlsId,
        @Nullable RegulatorType regulatorType,
        boolean fhaApproved,
        boolean vaLender,
        @Nullable PostalAddress postalAddress,
        List<StateLicense> stateLicenses,
        List<LoanOfficer> loanOfficers,
        DisclosureSnippets snippets) {

    public AdvertiserProfile {
        dbas = List.copyOf(dbas);
        stateLicenses = List.copyOf(stateLicenses);
        loanOfficers = List.copyOf(loanOfficers);
        Objects.requireNonNull(snippets, "snippets");
    }

    public static AdvertiserProfile unknown() {
        return new AdvertiserProfile(null, List.of(), null, null, false, false, null, List.of(), List.of(),
                DisclosureSnippets.none());
    }

    /** Names the public knows the advertiser by: legal name first, then DBAs. */
    public List<String> names() {
        var names = new java.util.ArrayList<String>();
        if (legalName != null && !legalName.isBlank()) {
            names.add(legalName);
        }
        dbas.stream().filter(d -> !d.isBlank()).forEach(names::add);
        return names;
    }

    public String displayName() {
        return legalName != null && !legalName.isBlank() ? legalName : "[Advertiser legal name]";
    }

    public List<StateLicense> licencesIn(String state) {
        return stateLicenses.stream().filter(l -> l.state().equalsIgnoreCase(state)).toList();
    }
}
