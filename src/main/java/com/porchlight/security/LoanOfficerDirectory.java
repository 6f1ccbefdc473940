package com.porchlight.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only directory of enabled loan officers and their licensed states, for lead routing. Not a service behind
 * method security: lead intake runs for API keys and imports, not for a signed-in user, and it exposes nothing a
 * caller could not route leads with. Editing licences is {@link UserService#setLicensedStates}.
 */
@Component
public class LoanOfficerDirectory {

    private final JdbcClient jdbc;

    LoanOfficerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled users with the LOAN_OFFICER role, with their licensed states (possibly none), ordered by id. */
    public List<LicensedLoanOfficer> enabledLoanOfficers() {
        Map<Long, LicensedLoanOfficer> byId = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT u.id, u.display_name, u.email, u.nmls_id, l.state
                  FROM app_user u
                  JOIN user_role r ON r.user_id = u.id AND r.role = :role
                  LEFT JOIN loan_officer_license l ON l.user_id = u.id
                 WHERE u.enabled
                 ORDER BY u.id, l.state
                """)
                .param("role", Roles.LOAN_OFFICER)
                .query(rs -> {
                    long id = rs.getLong(1);
                    var lo = byId.computeIfAbsent(id, k -> {
                        try {
                            return new LicensedLoanOfficer(k, rs.getString(2), rs.getString(3), rs.getString(4),
                                    new TreeSet<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String state = rs.getString(5);
                    if (state != null) {
                        lo.states().add(state);
                    }
                });
        List<LicensedLoanOfficer> result = new ArrayList<>();
        byId.values().forEach(lo -> result.add(new LicensedLoanOfficer(lo.userId(), lo.name(), lo.email(),
                lo.nmlsId(), java.util.Collections.unmodifiableSet(lo.states()))));
        return result;
    }
}
