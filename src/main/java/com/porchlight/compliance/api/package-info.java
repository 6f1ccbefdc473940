/**
 * The public compliance check API, {@code POST /api/v1/compliance/check}: JSON in, the engine's verdict and findings
 * out, authenticated by an API key of scope COMPLIANCE_CHECK.
 */
@NullMarked
package com.porchlight.compliance.api;

import org.jspecify.annotations.NullMarked;
