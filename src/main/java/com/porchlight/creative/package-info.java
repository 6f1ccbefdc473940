/**
 * Creatives and their approval workflow: channel-specific content, versions bound to a SHA-256 of their normalised
 * content, the compliance pre-check stored with each submission, compliance and CMO approval with separation of
 * duties, rate staleness, and a hash-chained, append-only audit trail with an examiner export (ADR 0011).
 */
@NullMarked
package com.porchlight.creative;

import org.jspecify.annotations.NullMarked;
