package com.porchlight.security;

import java.util.Set;

/** What an administrator enters to create a user. */
public record NewUser(String email, String displayName, Set<String> roles, String password) {
}
