package com.porchlight.security;

import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that changes a loan officer's NMLS ID: the ID is part of the advertiser profile the
 * compliance check uses, so the audit trail records it.
 */
public record LoanOfficerNmlsChanged(String email, String name, @Nullable String before, @Nullable String after) {
}
