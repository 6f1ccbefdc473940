package com.porchlight.compliance.engine;

import org.jspecify.annotations.Nullable;

/**
 * A state licence the advertiser holds.
 *
 * @param type free text as the regulator names it, e.g. "DRE", "CFL", "Licensed Mortgage Banker"
 * @param legend the exact wording the state wants in ads, if any
 */
public record StateLicense(String state, String type, String number, @Nullable String legend) {
}
