/** Compliance screens: the live pre-check, the advertiser profile and the rule settings. */
@NullMarked
package com.porchlight.compliance.ui;

import org.jspecify.annotations.NullMarked;
