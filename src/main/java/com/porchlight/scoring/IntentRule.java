package com.porchlight.scoring;

import com.porchlight.lead.EventType;

/** Points per event of a type within the last {@code windowDays} days, at most {@code cap} in all. */
public record IntentRule(EventType eventType, int points, int cap, int windowDays) {
}
