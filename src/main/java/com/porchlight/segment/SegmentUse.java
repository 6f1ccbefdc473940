package com.porchlight.segment;

import java.time.Instant;

/** Something that uses a segment (a campaign, an automation) and so keeps it from being deleted. */
public record SegmentUse(String kind, long id, String name, Instant since) {
}
