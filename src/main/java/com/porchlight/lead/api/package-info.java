/**
 * The lead APIs: {@code POST /api/v1/leads}, where lead vendors post one lead as JSON with a lead-intake API key (which
 * names the lead source the lead is booked to), and {@code POST /api/v1/lead-events}, where other systems post
 * engagement events with a lead-events key. Strict JSON reading, per-key rate limit, JSON errors only.
 */
@NullMarked
package com.porchlight.lead.api;

import org.jspecify.annotations.NullMarked;
