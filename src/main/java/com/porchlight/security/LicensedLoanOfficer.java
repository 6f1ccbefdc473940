package com.porchlight.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An enabled loan officer and the states they are licensed in (where leads may be assigned to them). */
public record LicensedLoanOfficer(long userId, String name, String email, @Nullable String nmlsId,
        Set<String> states) {
}
