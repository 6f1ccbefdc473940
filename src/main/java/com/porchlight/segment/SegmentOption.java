package com.porchlight.segment;

/** Something a segment can refer to by id: a lead source, a loan officer, a possible owner. */
public record SegmentOption(long id, String name) {
}
