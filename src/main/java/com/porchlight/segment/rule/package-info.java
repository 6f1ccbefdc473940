/**
 * The condition model shared by segments and lead scoring: nested ALL/ANY/NONE groups of conditions on lead fields,
 * behaviour, consent and the rate trigger; their JSON form, validation, plain-English summary, translation to SQL
 * with bound parameters, and an in-Java evaluation of the same rule. Plain Java: no Spring, no database.
 */
@NullMarked
@NamedInterface("rule")
package com.porchlight.segment.rule;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
