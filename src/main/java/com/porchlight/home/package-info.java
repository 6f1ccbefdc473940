/** The home page: who is signed in and, per role, what they can do in the console. */
@NullMarked
package com.porchlight.home;

import org.jspecify.annotations.NullMarked;
