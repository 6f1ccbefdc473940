package com.porchlight.lead;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A loan officer as the lead screens offer them: to filter by, or to assign a lead to. */
public record LoanOfficerOption(long userId, String name, @Nullable String nmlsId, Set<String> licensedStates) {
}
