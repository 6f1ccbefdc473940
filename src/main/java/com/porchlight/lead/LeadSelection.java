package com.porchlight.lead;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A set of leads chosen by a segment: a boolean SQL expression over {@code leads l} whose values are all {@code ?}
 * placeholders bound from {@code params}. It is built by the segment rule compiler from constants and validated
 * values, never from text a person typed; {@link LeadExportService} adds the channel's consent condition and the
 * loan-officer restriction to it.
 */
public record LeadSelection(String where, List<Object> params, String description, @Nullable Long segmentId,
        @Nullable Integer segmentVersion) {

    public LeadSelection {
        params = List.copyOf(params);
    }
}
