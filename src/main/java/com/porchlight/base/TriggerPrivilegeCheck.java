package com.porchlight.base;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Stops a migration before it starts when it would fail halfway: the schema creates triggers (the creatives' audit
 * trail is append-only by trigger), and a MariaDB with binary logging refuses to let a user without SUPER create them
 * unless {@code log_bin_trust_function_creators} is on. MariaDB's DDL is not transactional, so failing inside the
 * migration would leave half a schema and a failed Flyway entry behind; failing here leaves the database untouched
 * and says what to change.
 */
@Component
class TriggerPrivilegeCheck implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            check(context.getConnection());
        } catch (SQLException e) {
            // The check is a courtesy: if the server cannot answer it, let the migration report the real problem.
        }
    }

    static void check(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            if (triggerMigrationApplied(st)) {
                return;
            }
            boolean binlog;
            boolean trusted;
            try (ResultSet rs = st.executeQuery("SELECT @@log_bin, @@log_bin_trust_function_creators")) {
                rs.next();
                binlog = rs.getBoolean(1);
                trusted = rs.getBoolean(2);
            }
            if (!binlog || trusted || hasSuper(st)) {
                return;
            }
            throw new IllegalStateException("""
                    The database cannot be migrated as this user: MariaDB has binary logging on, and creating the \
                    audit trail's triggers then needs the SUPER privilege or log_bin_trust_function_creators=1. \
                    Nothing was changed. Either run `SET GLOBAL log_bin_trust_function_creators = 1;` (and add \
                    log_bin_trust_function_creators=1 to the server's configuration), or migrate once as a user with \
                    SUPER (SPRING_FLYWAY_USER / SPRING_FLYWAY_PASSWORD).""");
        }
    }

    private static boolean triggerMigrationApplied(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.TRIGGERS "
                + "WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = 'creative_audit_no_update'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static boolean hasSuper(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SHOW GRANTS FOR CURRENT_USER()")) {
            while (rs.next()) {
                String grant = rs.getString(1).toUpperCase(java.util.Locale.ROOT);
                if (grant.contains(" ON *.*") && (grant.contains("ALL PRIVILEGES") || grant.contains("SUPER"))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String getCallbackName() {
        return "trigger-privilege-check";
    }
}
