/** The lead module's screens. */
@NullMarked
package com.porchlight.lead.ui;

import org.jspecify.annotations.NullMarked;
