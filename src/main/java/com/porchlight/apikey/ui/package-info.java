/** The administrators' API keys view. */
@NullMarked
package com.porchlight.apikey.ui;

import org.jspecify.annotations.NullMarked;
