package com.porchlight.lead;

import java.math.BigDecimal;
import java.time.Instant;

/** A lead source as screens show it. {@code cost} is per lead, per call or per month, as {@code pricingModel} says. */
public record LeadSourceSummary(long id, String name, SourceChannel channel, PricingModel pricingModel,
        BigDecimal cost, boolean exclusive, boolean active, AssignmentMode assignment, Instant createdAt,
        String createdBy, long version) {

    public LeadSourceForm toForm() {
        return new LeadSourceForm(name, channel, pricingModel, cost, exclusive, active, assignment);
    }
}
