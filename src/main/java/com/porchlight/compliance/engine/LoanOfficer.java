package com.porchlight.compliance.engine;

import org.jspecify.annotations.Nullable;

/** A loan officer who may be named in creative, with the NMLS ID they must show next to their name. */
public record LoanOfficer(String name, @Nullable String nmlsId) {
}
