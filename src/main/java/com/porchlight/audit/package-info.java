/** The audit trail: an append-only record of who changed what, when, for compliance examiners. */
@NullMarked
package com.porchlight.audit;

import org.jspecify.annotations.NullMarked;
