/**
 * The plain-Java compliance pre-check engine: reads a creative's text parts with its context and the
 * advertiser's profile, and returns findings keyed by the rule catalog's IDs; no Spring or JPA inside.
 */
@NullMarked
@NamedInterface("engine")
package com.porchlight.compliance.engine;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
