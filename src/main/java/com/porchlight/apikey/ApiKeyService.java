package com.porchlight.apikey;

import com.porchlight.security.CurrentUser;
import com.porchlight.audit.AuditLog;
import com.porchlight.security.Roles;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators create, list and revoke API keys. A new key is returned once, in {@link NewApiKey}; only its hash is
 * stored, so a lost key is revoked and replaced, never recovered.
 */
@Service
public class ApiKeyService {

    static final int MAX_NAME = 120;

    private final ApiKeyRepository keys;
    private final AuditLog audit;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, AuditLog audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public NewApiKey create(@Nullable String name, @Nullable ApiScope scope) {
        if (scope == ApiScope.LEAD_INTAKE) {
            throw new ApiKeyException("Lead intake keys belong to a lead source: issue them on the Lead sources "
                    + "screen.");
        }
        return createKey(name, scope, null);
    }

    /**
     * Issues a lead-intake key for a lead source (the lead module checks that the source exists). Administrators and
     * the CMO manage sources and their keys.
     */
    @PreAuthorize(Roles.HAS_ADMIN_OR_CMO)
    @Transactional
    public NewApiKey createForLeadSource(long leadSourceId, @Nullable String name) {
        return createKey(name, ApiScope.LEAD_INTAKE, leadSourceId);
    }

    /** The keys of a lead source, newest first, revoked ones included. */
    @PreAuthorize(Roles.HAS_ADMIN_OR_CMO)
    @Transactional(readOnly = true)
    public java.util.List<ApiKeySummary> keysOfLeadSource(long leadSourceId) {
        return keys.findByLeadSourceIdOrderByCreatedAtDescIdDesc(leadSourceId).stream().map(ApiKey::toSummary)
                .toList();
    }

    /** Revokes a lead source's key (administrators revoke any key with {@link #revoke}). */
    @PreAuthorize(Roles.HAS_ADMIN_OR_CMO)
    @Transactional
    public ApiKeySummary revokeLeadSourceKey(long leadSourceId, long keyId) {
        ApiKey key = keys.findById(keyId).orElseThrow(() -> new ApiKeyException(
                "This key no longer exists. Reload the list."));
        if (!java.util.Objects.equals(key.getLeadSourceId(), leadSourceId)) {
            throw new ApiKeyException("This key does not belong to the lead source.");
        }
        return revokeKey(key);
    }

    private NewApiKey createKey(@Nullable String name, @Nullable ApiScope scope, @Nullable Long leadSourceId) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            throw new ApiKeyException("Name the key after the system that will use it.");
        }
        if (value.length() > MAX_NAME) {
            throw new ApiKeyException("The name can have at most " + MAX_NAME + " characters.");
        }
        if (scope == null) {
            throw new ApiKeyException("Choose what the key may call.");
        }
        String plain = ApiKeys.generate();
        var key = new ApiKey(value, scope, plain, CurrentUser.nameOrSystem(), clock.instant());
        if (leadSourceId != null) {
            key.forLeadSource(leadSourceId);
        }
        ApiKey saved = keys.saveAndFlush(key);
        var summary = saved.toSummary();
        audit.record("API_KEY", "API key " + value, "Created key #" + summary.id() + " (" + summary.prefix()
                + "…) with scope " + scope + ".");
        return new NewApiKey(plain, summary);
    }

    /** Keys, newest first unless the page asks for another order; revoked keys stay listed. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public Page<ApiKeySummary> page(Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "createdAt", "id"));
        return keys.findAll(ordered).map(ApiKey::toSummary);
    }

    /** Revokes a key: the next request made with it is refused. Revoking a revoked key changes nothing. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public ApiKeySummary revoke(long id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> new ApiKeyException(
                "This key no longer exists. Reload the list."));
        return revokeKey(key);
    }

    private ApiKeySummary revokeKey(ApiKey key) {
        if (!key.isRevoked()) {
            key.revoke(CurrentUser.nameOrSystem(), clock.instant());
            keys.saveAndFlush(key);
            var summary = key.toSummary();
            audit.record("API_KEY", "API key " + summary.name(), "Revoked key #" + summary.id() + " ("
                    + summary.prefix() + "…).");
        }
        return key.toSummary();
    }
}
