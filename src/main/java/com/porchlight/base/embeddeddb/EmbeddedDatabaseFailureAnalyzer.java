package com.porchlight.base.embeddeddb;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded-database start into Spring Boot's short "APPLICATION FAILED TO START" report. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartException cause) {
        return new FailureAnalysis("Porchlight cannot start its database: " + cause.getMessage() + ".",
                cause.action(), cause);
    }
}
