/**
 * Lead scoring: fit rules (conditions on lead attributes, in the segment condition model) and intent rules (events in
 * a look-back window, capped), intent decaying continuously with inactivity, an MQL threshold; drafts edited by
 * marketers and published by a CMO; set-based rescoring and backtest in SQL, explanations and the what-if (over an
 * in-memory snapshot of every lead) in Java (ADR 0009 has the formula).
 */
@NullMarked
package com.porchlight.scoring;

import org.jspecify.annotations.NullMarked;
