/**
 * Lead screens: the Leads grid and a lead's profile, lead sources, CSV import. Views are package-private and read
 * only what the lead services return.
 */
@NullMarked
package com.porchlight.lead.ui;

import org.jspecify.annotations.NullMarked;
