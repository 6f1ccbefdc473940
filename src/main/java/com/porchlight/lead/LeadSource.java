package com.porchlight.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "lead_source")
class LeadSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "pricing_model", nullable = false)
    private PricingModel pricingModel;

    @Column(nullable = false)
    private BigDecimal cost;

    @Column(name = "exclusive_leads", nullable = false)
    private boolean exclusiveLeads;

    @Column(nullable = false)
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentMode assignment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    private long version;

    protected LeadSource() {
        this.name = "";
        this.channel = SourceChannel.ORGANIC;
        this.pricingModel = PricingModel.PER_LEAD;
        this.cost = BigDecimal.ZERO;
        this.assignment = AssignmentMode.ROUND_ROBIN;
        this.createdAt = Instant.EPOCH;
        this.createdBy = "";
    }

    LeadSource(LeadSourceForm form, String createdBy, Instant createdAt) {
        this();
        apply(form);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void apply(LeadSourceForm form) {
        this.name = form.name();
        this.channel = form.channel();
        this.pricingModel = form.pricingModel();
        this.cost = form.cost();
        this.exclusiveLeads = form.exclusive();
        this.active = form.active();
        this.assignment = form.assignment();
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("Lead source not saved yet");
        }
        return id;
    }

    long getVersion() {
        return version;
    }

    boolean isActive() {
        return active;
    }

    String getName() {
        return name;
    }

    AssignmentMode getAssignment() {
        return assignment;
    }

    LeadSourceSummary toSummary() {
        return new LeadSourceSummary(requireId(), name, channel, pricingModel, cost, exclusiveLeads, active,
                assignment, createdAt, createdBy, version);
    }
}
