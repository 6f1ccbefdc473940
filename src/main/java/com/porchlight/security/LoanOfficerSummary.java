package com.porchlight.security;

import org.jspecify.annotations.Nullable;

/** A loan officer as creative may name them: display name and NMLS ID (null while an administrator has not set it). */
public record LoanOfficerSummary(String name, @Nullable String nmlsId) {
}
