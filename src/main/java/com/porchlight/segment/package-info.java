/**
 * Segments: named, versioned rules over leads (the rule model is {@link com.porchlight.segment.rule}), counted live,
 * sampled and exported per channel with consent enforced.
 */
@NullMarked
package com.porchlight.segment;

import org.jspecify.annotations.NullMarked;
