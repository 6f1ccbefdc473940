/**
 * Segment screens: the list of segments and the rule builder with its live count, sample, versions and exports.
 * Views are package-private and go through {@link com.porchlight.segment.SegmentService} for everything.
 */
@NullMarked
package com.porchlight.segment.ui;

import org.jspecify.annotations.NullMarked;
