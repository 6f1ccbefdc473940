/** Compliance: pre-checks marketing creative against advertising law before a human reviews it. */
@NullMarked
package com.porchlight.compliance;

import org.jspecify.annotations.NullMarked;
