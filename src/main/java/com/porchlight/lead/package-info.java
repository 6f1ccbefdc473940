/**
 * Leads: borrower prospects, their sources, consent evidence, engagement events, funnel stage history and assignment
 * to licensed loan officers. Intake (API, CSV import, demo data) all goes through {@link com.porchlight.lead.LeadValidator}
 * and {@link com.porchlight.lead.LeadWriter}.
 */
@NullMarked
package com.porchlight.lead;

import org.jspecify.annotations.NullMarked;
