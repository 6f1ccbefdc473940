package com.porchlight.segment;

import com.porchlight.segment.rule.RuleGroup;
import org.jspecify.annotations.Nullable;

/** What a person saves: the segment's name, description, owner and rule. */
public record SegmentForm(String name, @Nullable String description, long ownerId, RuleGroup rule) {
}
