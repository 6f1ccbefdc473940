package com.porchlight.creative;

import com.porchlight.compliance.engine.Channel;

/** Published when a version becomes APPROVED (after every approval it needs), for modules that unlock on it. */
public record CreativeApproved(long creativeId, int versionNo, String contentHash, Channel channel) {
}
