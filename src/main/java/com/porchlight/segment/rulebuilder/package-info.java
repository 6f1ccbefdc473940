/**
 * The rule builder: Vaadin components that edit a {@link com.porchlight.segment.rule.RuleGroup} (nested groups,
 * field-appropriate editors, problems shown under their node). Used by the segment editor and by the scoring model's
 * fit rules; exposed as the named interface {@code rulebuilder}.
 */
@NullMarked
@NamedInterface("rulebuilder")
package com.porchlight.segment.rulebuilder;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
