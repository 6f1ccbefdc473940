/** Screens of creatives: the list, the channel editors with preview, the reviewer queue and the examiner export. */
@NullMarked
package com.porchlight.creative.ui;

import org.jspecify.annotations.NullMarked;
