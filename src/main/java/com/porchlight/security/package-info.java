/**
 * Who may do what: users and their roles, sign-in with lockout and audit, and the HTTP and method security setup.
 * Its public surface is {@link com.porchlight.security.Roles} and {@link com.porchlight.security.UserService}.
 */
@NullMarked
package com.porchlight.security;

import org.jspecify.annotations.NullMarked;
