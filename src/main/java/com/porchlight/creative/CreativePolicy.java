package com.porchlight.creative;

import com.porchlight.compliance.engine.Channel;
import java.util.Map;

/**
 * Workflow settings: when a quoted rate goes stale, the review SLA, and which channels need a CMO's approval (paid
 * media and email always do).
 */
public record CreativePolicy(int staleBps, int staleDays, int slaBusinessDays, Map<Channel, Boolean> cmoRequired,
        long version) {

    public boolean cmoRequired(Channel channel) {
        return ChannelLayout.cmoAlwaysRequired(channel) || cmoRequired.getOrDefault(channel, false);
    }
}
