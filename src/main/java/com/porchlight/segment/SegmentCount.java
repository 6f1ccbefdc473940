package com.porchlight.segment;

/** How many leads match, and how many of them each channel may reach (consent). */
public record SegmentCount(long total, long emailable, long smsOk, long callable) {
}
