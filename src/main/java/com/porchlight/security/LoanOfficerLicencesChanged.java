package com.porchlight.security;

import java.util.List;

/** Published inside the transaction that changes the states a loan officer is licensed in (lead routing), for audit. */
public record LoanOfficerLicencesChanged(String email, String name, List<String> before, List<String> after) {
}
