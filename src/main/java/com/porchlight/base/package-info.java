/**
 * Shared building blocks every feature may use: the console shell, widgets, error handling and the embedded database.
 * It depends on no feature module.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.porchlight.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
