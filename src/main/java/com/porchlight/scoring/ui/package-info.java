/**
 * The lead-scoring screen: the live model and the last rescoring, the draft editor with its live what-if, the
 * backtest, publishing (with the diff) and the history of published models with rollback.
 */
@NullMarked
package com.porchlight.scoring.ui;

import org.jspecify.annotations.NullMarked;
