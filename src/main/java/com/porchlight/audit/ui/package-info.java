/** The audit trail view for administrators and compliance officers. */
@NullMarked
package com.porchlight.audit.ui;

import org.jspecify.annotations.NullMarked;
