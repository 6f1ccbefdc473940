/**
 * The real-time lead intake API, {@code POST /api/v1/leads}: lead vendors post one lead as JSON with a lead-intake API
 * key, which names the lead source the lead is booked to. Strict JSON reading, per-key rate limit, JSON errors only.
 */
@NullMarked
package com.porchlight.lead.api;

import org.jspecify.annotations.NullMarked;
