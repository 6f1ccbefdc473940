/** The Market rates view: today's rate per product, the entry form for marketers, the history chart and all entries. */
@NullMarked
package com.porchlight.rate.ui;

import org.jspecify.annotations.NullMarked;
