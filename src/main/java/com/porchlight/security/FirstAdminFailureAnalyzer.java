package com.porchlight.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A short, readable start-up failure when production has no first administrator. */
class FirstAdminFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdmin.FirstAdminMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdmin.FirstAdminMissingException cause) {
        return new FailureAnalysis("Porchlight cannot start: " + cause.getMessage() + ".", cause.action(), cause);
    }
}
