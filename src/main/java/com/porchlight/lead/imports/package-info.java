/**
 * CSV import of leads: a streaming RFC 4180 reader and the header-to-field matching (plain Java, no Spring), and the
 * service that previews a file, imports it in batches off the UI thread and keeps an error report per import.
 */
@NullMarked
package com.porchlight.lead.imports;

import org.jspecify.annotations.NullMarked;
