package com.porchlight.compliance.engine;

/** One catalog rule: decides from the creative and reports through the sink. */
interface Rule {
    RuleInfo info();

    void check(Creative c, Findings out);
}
