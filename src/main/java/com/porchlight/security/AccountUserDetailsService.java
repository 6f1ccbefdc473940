package com.porchlight.security;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for sign-in; a locked or disabled account is refused before its password is even compared. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        UserAccount user = users.findByEmailIgnoreCase(email.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No user " + email));
        List<String> roles = Roles.ALL.stream().filter(user.getRoles()::contains).toList();
        return new PorchlightUserDetails(user.requireId(), user.getEmail(), user.getPasswordHash(),
                user.getDisplayName(), roles, user.isEnabled(), !user.isLockedAt(clock.instant()),
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
    }
}
