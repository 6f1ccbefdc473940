package com.porchlight.creative;

import java.util.Set;

/**
 * A creative as its editor and reviewers see it: the summary, the version the workflow is about, who may not approve
 * it (everyone who authored or edited any version) and whether a CMO must approve it.
 */
public record CreativeDetail(CreativeSummary summary, CreativeVersion current, Set<String> editors,
        boolean cmoRequired) {

    public long id() {
        return summary.id();
    }

    public CreativeStatus status() {
        return summary.status();
    }

    public String hash() {
        return current.hash();
    }
}
