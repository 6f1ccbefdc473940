package com.porchlight.compliance;

import com.porchlight.compliance.engine.RegulatorType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The single advertiser row (id 1). */
@Entity
@Table(name = "advertiser_profile")
class AdvertiserProfileEntity {

    static final long ID = 1L;

    @Id
    private Long id = ID;

    @Column(name = "legal_name")
    @Nullable String legalName;
    @Nullable String dbas;
    @Column(name = "nmls_id")
    @Nullable String nmlsId;
    @Enumerated(EnumType.STRING)
    @Column(name = "regulator_type")
    @Nullable RegulatorType regulatorType;
    @Column(name = "fha_approved")
    boolean fhaApproved;
    @Column(name = "va_lender")
    boolean vaLender;
    @Nullable String street;
    @Nullable String city;
    @Nullable String state;
    @Column(name = "postal_code")
    @Nullable String postalCode;
    @Column(name = "equal_housing")
    @Nullable String equalHousing;
    @Column(name = "can_spam_footer")
    @Nullable String canSpamFooter;
    @Column(name = "updated_by")
    @Nullable String updatedBy;
    @Column(name = "updated_at")
    @Nullable Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "advertiser_state_license", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    List<License> licenses = new ArrayList<>();

    @Version
    long version;

    @Embeddable
    static class License {
        @Column(nullable = false)
        String state = "";
        @Column(name = "license_type", nullable = false)
        String type = "";
        @Column(nullable = false)
        String number = "";
        @Nullable String legend;

        protected License() {
        }

        License(String state, String type, String number, @Nullable String legend) {
            this.state = state;
            this.type = type;
            this.number = number;
            this.legend = legend;
        }
    }
}
