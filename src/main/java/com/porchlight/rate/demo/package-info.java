/** The demo profile's market-rate history: two years of weekly entries per product, loaded into an empty table. */
@NullMarked
package com.porchlight.rate.demo;

import org.jspecify.annotations.NullMarked;
