/** The demo profile's creatives: a handful across channels and workflow steps, made through the service as the demo users. */
@NullMarked
package com.porchlight.creative.demo;

import org.jspecify.annotations.NullMarked;
