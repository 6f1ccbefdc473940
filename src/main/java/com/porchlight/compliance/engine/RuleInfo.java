package com.porchlight.compliance.engine;

import java.util.Set;

/**
 * What the UI shows about a rule.
 *
 * @param uncertain the catalog marks the citation as recollection ([R]) not yet checked against the
 *     primary text
 */
public record RuleInfo(
        String id, String title, String citation, Severity defaultSeverity, Set<Channel> channels,
        boolean uncertain) {
    public RuleInfo {
        channels = Set.copyOf(channels);
    }

    public boolean appliesTo(Channel channel) {
        return channels.contains(channel);
    }
}
