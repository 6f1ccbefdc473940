/** The lead screens: lists, profiles, sources and the CSV import. */
@NullMarked
package com.porchlight.lead.ui;

import org.jspecify.annotations.NullMarked;
