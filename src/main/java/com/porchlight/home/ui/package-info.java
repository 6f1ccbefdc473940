/** The home view. */
@NullMarked
package com.porchlight.home.ui;

import org.jspecify.annotations.NullMarked;
