package com.porchlight.scoring;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shared draft: its model, the optimistic-lock version the editor must send back, the published version it
 * started from, and who changed it since the last publication (none of them may publish it).
 */
public record ScoringDraft(ScoringModel model, long version, @Nullable Integer basedOnVersion, Instant updatedAt,
        String updatedBy, List<String> editors) {

    public ScoringDraft {
        editors = List.copyOf(editors);
    }
}
