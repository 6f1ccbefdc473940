package com.porchlight.lead;

import java.math.BigDecimal;

/** What a person enters for a lead source. Checked by {@link LeadSourceService}. */
public record LeadSourceForm(String name, SourceChannel channel, PricingModel pricingModel, BigDecimal cost,
        boolean exclusive, boolean active, AssignmentMode assignment) {
}
