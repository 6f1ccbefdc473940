package com.porchlight.security;

import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo sign-ins the login page offers when (and only when) the demo accounts exist. Public by design: these
 * accounts exist to be tried, and the README lists the same table.
 */
@Component
public class DemoAccounts {

    public record DemoAccount(String email, String password, String roleLabel) {
    }

    private final boolean active;

    DemoAccounts(Environment env) {
        this.active = DemoMode.demoUsers(env);
    }

    public List<DemoAccount> list() {
        if (!active) {
            return List.of();
        }
        return DemoUsers.USERS.stream()
                .map(u -> new DemoAccount(u.email(), u.password(), Roles.label(u.role())))
                .toList();
    }
}
