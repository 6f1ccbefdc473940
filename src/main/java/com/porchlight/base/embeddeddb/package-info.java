/**
 * The embedded MariaDB server that the application starts for itself when no external database is configured.
 */
@NullMarked
package com.porchlight.base.embeddeddb;

import org.jspecify.annotations.NullMarked;
