package com.porchlight.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migration is refused up front, with what to do, only where creating the triggers would fail halfway. */
class TriggerPrivilegeCheckTest {

    private static Connection server(boolean triggersExist, boolean binlog, boolean trusted, List<String> grants)
            throws SQLException {
        Connection connection = mock(Connection.class);
        Statement st = mock(Statement.class);
        when(connection.createStatement()).thenReturn(st);
        when(st.executeQuery(anyString())).thenAnswer(call -> {
            String sql = call.getArgument(0);
            ResultSet rs = mock(ResultSet.class);
            if (sql.contains("TRIGGERS")) {
                when(rs.next()).thenReturn(true);
                when(rs.getInt(1)).thenReturn(triggersExist ? 1 : 0);
            } else if (sql.contains("@@log_bin")) {
                when(rs.next()).thenReturn(true);
                when(rs.getBoolean(1)).thenReturn(binlog);
                when(rs.getBoolean(2)).thenReturn(trusted);
            } else {
                Boolean[] more = new Boolean[grants.size()];
                java.util.Arrays.fill(more, true);
                when(rs.next()).thenReturn(!grants.isEmpty(), append(more, false));
                if (!grants.isEmpty()) {
                    when(rs.getString(1)).thenReturn(grants.getFirst(), grants.subList(1, grants.size())
                            .toArray(String[]::new));
                }
            }
            return rs;
        });
        return connection;
    }

    private static Boolean[] append(Boolean[] a, boolean last) {
        Boolean[] out = java.util.Arrays.copyOf(a, a.length);
        out[out.length - 1] = last;
        return out.length == 0 ? new Boolean[] {false} : out;
    }

    private static final List<String> SCHEMA_ONLY = List.of("GRANT USAGE ON *.* TO `owner`@`%`",
            "GRANT ALL PRIVILEGES ON `porchlight`.* TO `owner`@`%`");

    @Test
    void binary_logging_without_trust_or_super_stops_the_migration_before_it_starts() throws SQLException {
        assertThatThrownBy(() -> TriggerPrivilegeCheck.check(server(false, true, false, SCHEMA_ONLY)))
                .hasMessageContaining("log_bin_trust_function_creators=1").hasMessageContaining("Nothing was changed");
    }

    @Test
    void the_usual_servers_migrate() throws SQLException {
        assertThatCode(() -> TriggerPrivilegeCheck.check(server(false, false, false, SCHEMA_ONLY)))
                .doesNotThrowAnyException();
        assertThatCode(() -> TriggerPrivilegeCheck.check(server(false, true, true, SCHEMA_ONLY)))
                .doesNotThrowAnyException();
        assertThatCode(() -> TriggerPrivilegeCheck.check(server(false, true, false,
                List.of("GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION"))))
                .doesNotThrowAnyException();
        // Once the triggers exist, later migrations are not held up.
        assertThatCode(() -> TriggerPrivilegeCheck.check(server(true, true, false, SCHEMA_ONLY)))
                .doesNotThrowAnyException();
    }
}
