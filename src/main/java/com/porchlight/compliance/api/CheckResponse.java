package com.porchlight.compliance.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.porchlight.compliance.CheckResult;
import com.porchlight.compliance.engine.Finding;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The API's answer: the verdict and every finding, with parts named as the request names them. */
record CheckResponse(String verdict, List<FindingResponse> findings) {

    /**
     * One finding. {@code start}/{@code end} are character offsets (UTF-16, as JavaScript counts) into the part's
     * text; for headlines and descriptions into the line {@code partIndex} of the value sent. {@code note} says when a
     * compliance officer changed the rule's severity.
     */
    record FindingResponse(String ruleId, String severity, String part,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer partIndex, int start, int end,
            String message, String citation, @Nullable String suggestion,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String note) {
    }

    static CheckResponse of(CheckResult result) {
        return new CheckResponse(result.verdict().name(), result.findings().stream()
                .map(f -> finding(f, result.ruleNotes().get(f.ruleId())))
                .toList());
    }

    private static FindingResponse finding(Finding f, @Nullable String note) {
        Integer index = PartNames.splitsLines(f.part()) ? f.partIndex() : null;
        return new FindingResponse(f.ruleId(), f.severity().name(), PartNames.name(f.part()), index, f.start(),
                f.end(), f.message(), f.citation(), f.suggestion(), note);
    }
}
