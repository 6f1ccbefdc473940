package com.porchlight.security;

import java.util.List;

/** The roles of the console. Spring Security sees them with the usual {@code ROLE_} prefix. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String CMO = "CMO";
    public static final String COMPLIANCE = "COMPLIANCE";
    public static final String MARKETER = "MARKETER";
    public static final String LOAN_OFFICER = "LOAN_OFFICER";

    /**
     * Expressions for {@code @PreAuthorize} on service methods. (Views use {@code @RolesAllowed}, which Vaadin checks
     * on navigation; method security is deliberately not JSR-250 based, so views are never proxied.)
     */
    public static final String HAS_ADMIN = "hasRole('" + ADMIN + "')";
    public static final String HAS_COMPLIANCE = "hasRole('" + COMPLIANCE + "')";
    public static final String HAS_ADMIN_OR_COMPLIANCE = "hasAnyRole('" + ADMIN + "', '" + COMPLIANCE + "')";
    public static final String HAS_ADMIN_OR_CMO = "hasAnyRole('" + ADMIN + "', '" + CMO + "')";
    public static final String HAS_CMO = "hasRole('" + CMO + "')";
    public static final String HAS_MARKETER = "hasRole('" + MARKETER + "')";
    public static final String HAS_MARKETER_OR_ADMIN = "hasAnyRole('" + MARKETER + "', '" + ADMIN + "')";
    public static final String SIGNED_IN = "isAuthenticated()";

    /** All roles, in the order the console lists them. */
    public static final List<String> ALL = List.of(ADMIN, CMO, COMPLIANCE, MARKETER, LOAN_OFFICER);

    private Roles() {
    }

    public static String label(String role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case CMO -> "CMO";
            case COMPLIANCE -> "Compliance officer";
            case MARKETER -> "Marketer";
            case LOAN_OFFICER -> "Loan officer";
            default -> throw new IllegalArgumentException("Unknown role " + role);
        };
    }

    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }
}
