/** The console shell (main layout and navigation), shared widgets and the error views every feature relies on. */
@NullMarked
package com.porchlight.base.ui;

import org.jspecify.annotations.NullMarked;
