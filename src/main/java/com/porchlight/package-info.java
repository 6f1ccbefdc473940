/** Porchlight's application root: the Spring Boot entry point and the Vaadin app shell. */
@NullMarked
package com.porchlight;

import org.jspecify.annotations.NullMarked;
