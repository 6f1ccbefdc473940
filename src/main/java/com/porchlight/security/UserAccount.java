package com.porchlight.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "nmls_id")
    private @Nullable String nmlsId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    private Set<String> roles = new LinkedHashSet<>();

    /** States a loan officer is licensed in; leads are only routed to them from these states. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "loan_officer_license", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "state", nullable = false, columnDefinition = "char(2)")
    private Set<String> licensedStates = new java.util.TreeSet<>();

    @Version
    private long version;

    protected UserAccount() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    UserAccount(String email, String displayName, String passwordHash, Set<String> roles, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new LinkedHashSet<>(roles);
        this.createdAt = createdAt;
    }

    @Nullable Long getId() {
        return id;
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("user not saved yet");
        }
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void unlock() {
        this.lockedUntil = null;
        this.failedLogins = 0;
    }

    @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Set<String> getLicensedStates() {
        return java.util.Collections.unmodifiableSet(licensedStates);
    }

    void setLicensedStates(Set<String> states) {
        licensedStates.clear();
        licensedStates.addAll(states);
    }

    @Nullable String getNmlsId() {
        return nmlsId;
    }

    void setNmlsId(@Nullable String nmlsId) {
        this.nmlsId = nmlsId;
    }

    Set<String> getRoles() {
        return roles;
    }

    void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    long getVersion() {
        return version;
    }
}
