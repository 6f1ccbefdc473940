package com.porchlight.segment;

import com.porchlight.security.Roles;

/** Who may do what with segments (ADR 0008). Loan officers see only their own leads, so segments are not theirs. */
final class SegmentAccess {

    /** Read segments, their counts and versions. */
    static final String HAS_READER = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.CMO + "', '" + Roles.MARKETER
            + "', '" + Roles.COMPLIANCE + "')";
    /** Create, change, restore, duplicate, delete and export. */
    static final String HAS_EDITOR = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.CMO + "', '" + Roles.MARKETER
            + "')";

    private SegmentAccess() {
    }
}
