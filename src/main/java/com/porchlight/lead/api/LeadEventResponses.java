package com.porchlight.lead.api;

import com.porchlight.lead.LeadScoreSummary;
import com.porchlight.lead.RecordedEvents;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The events API's answers and the score block of the intake API's, as the OpenAPI document describes them. */
final class LeadEventResponses {

    private LeadEventResponses() {
    }

    /** 201 (or 200 when every event was already stored): the events and each lead's score after them. */
    record Recorded(int recorded, int alreadyRecorded, List<Lead> leads) {

        static Recorded of(RecordedEvents result) {
            return new Recorded(result.recorded(), result.alreadyRecorded(), result.leads().stream()
                    .map(l -> new Lead(l.leadId(), l.stage().name(), plain(l.total()), l.fit(), plain(l.intent()),
                            l.mql(), l.modelVersion()))
                    .toList());
        }
    }

    /** One lead's stored score after scoring; the score fields are null while no scoring model is published. */
    record Lead(long leadId, String stage, @Nullable BigDecimal total, @Nullable Integer fit,
            @Nullable BigDecimal intent, @Nullable Boolean mql, @Nullable Integer modelVersion) {
    }

    /** A new lead's score, as the intake API answers it. */
    record Score(BigDecimal total, int fit, BigDecimal intent, boolean mql, int threshold, int modelVersion,
            List<String> explanation) {

        static @Nullable Score of(@Nullable LeadScoreSummary s) {
            return s == null ? null : new Score(java.util.Objects.requireNonNull(plain(s.total())), s.fit(),
                    java.util.Objects.requireNonNull(plain(s.intent())), s.mql(), s.threshold(), s.modelVersion(),
                    s.explanation());
        }
    }

    /** 42.50 as 42.5 and 40.00 as 40: the figures as a person writes them (never 4E+1). */
    static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
