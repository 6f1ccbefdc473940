package com.porchlight.lead;

import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and do what with leads (ADR 0007). A loan officer who holds no other role sees only the leads assigned
 * to them; that restriction is applied in the SQL of every read, never in a view.
 */
final class LeadAccess {

    static final String HAS_LEAD_READER = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.CMO + "', '" + Roles.MARKETER
            + "', '" + Roles.COMPLIANCE + "', '" + Roles.LOAN_OFFICER + "')";
    static final String HAS_LEAD_WORKER = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.CMO + "', '" + Roles.MARKETER
            + "', '" + Roles.LOAN_OFFICER + "')";
    static final String HAS_LEAD_MANAGER = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.CMO + "', '"
            + Roles.MARKETER + "')";

    private LeadAccess() {
    }

    /**
     * The loan officer whose leads alone the current user may see, or null when they may see every lead. A loan officer
     * who also holds a team-wide role (marketer, CMO, compliance, administrator) sees every lead.
     */
    static @Nullable Long onlyLeadsOf() {
        if (CurrentUser.hasAnyRole(Roles.ADMIN, Roles.CMO, Roles.MARKETER, Roles.COMPLIANCE)) {
            return null;
        }
        if (CurrentUser.hasAnyRole(Roles.LOAN_OFFICER)) {
            return CurrentUser.id().orElseThrow(() -> new AccessDeniedException("No signed-in loan officer"));
        }
        throw new AccessDeniedException("Leads are for signed-in console users");
    }

    /**
     * May change the stage and record consent changes of a lead assigned to {@code assignedTo}: marketers, the CMO and
     * administrators on every lead, a loan officer on their own (also one who may read every lead as a compliance
     * officer).
     */
    static boolean mayWork(@Nullable Long assignedTo) {
        if (mayManage()) {
            return true;
        }
        return CurrentUser.hasAnyRole(Roles.LOAN_OFFICER) && assignedTo != null
                && assignedTo.equals(CurrentUser.id().orElse(null));
    }

    /** May assign leads to loan officers and export lists. */
    static boolean mayManage() {
        return CurrentUser.hasAnyRole(Roles.ADMIN, Roles.CMO, Roles.MARKETER);
    }

    /** May take a lead off the internal do-not-call list: a decision with legal weight, kept to ADMIN and CMO. */
    static boolean mayRemoveDoNotCall() {
        return CurrentUser.hasAnyRole(Roles.ADMIN, Roles.CMO);
    }
}
