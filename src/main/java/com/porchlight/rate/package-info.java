/** Market rates: today's rate and APR per product, every entry kept, read by segments' rate trigger and creatives. */
@NullMarked
package com.porchlight.rate;

import org.jspecify.annotations.NullMarked;
