/** Sign-in, the signed-in user's own account page, and the administrators' user and sign-in log views. */
@NullMarked
package com.porchlight.security.ui;

import org.jspecify.annotations.NullMarked;
