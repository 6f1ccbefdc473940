package com.porchlight.lead;

import com.porchlight.apikey.ApiKeyService;
import com.porchlight.apikey.ApiKeySummary;
import com.porchlight.apikey.NewApiKey;
import com.porchlight.audit.AuditLog;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lead sources: what they cost, how their leads are routed, and the intake API keys they deliver with. */
@Service
public class LeadSourceService {

    static final int MAX_NAME = 120;
    private static final BigDecimal MAX_COST = new BigDecimal("10000000");

    private final LeadSourceRepository sources;
    private final ApiKeyService apiKeys;
    private final AuditLog audit;
    private final Clock clock;

    LeadSourceService(LeadSourceRepository sources, ApiKeyService apiKeys, AuditLog audit, Clock clock) {
        this.sources = sources;
        this.apiKeys = apiKeys;
        this.audit = audit;
        this.clock = clock;
    }

    /** All sources by name, inactive ones included (grids, filters and the import's source choice). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<LeadSourceSummary> all() {
        return sources.findAllByOrderByNameAsc().stream().map(LeadSource::toSummary).toList();
    }

    /** One page of sources for the Lead sources screen, by name unless the page asks for another order. */
    @PreAuthorize(Roles.HAS_ADMIN_OR_CMO)
    @Transactional(readOnly = true)
    public Page<LeadSourceSummary> page(Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id"));
        return sources.findAll(ordered).map(LeadSource::toSummary);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public LeadSourceSummary get(long id) {
        return load(id).toSummary();
    }

    @PreAuthorize(Roles.HAS_ADMIN_OR_CMO)
    @Transactional
    public LeadSourceSummary create(LeadSourceForm form) {
        LeadSourceForm checked = check(form, null);
        LeadSource saved = sources.saveAndFlush(new LeadSource(checked, CurrentUser.nameOrSystem(), clock.instant()));
        audit.record("LEAD_SOURCE", "Lead source " + checked.name(), "Created: " + describe(checked) + ".");
        return saved.toSummary();
    }

    @PreAuthorize(Roles.HAS_ADMIN_OR_CMO)
    @Transactional
    public LeadSourceSummary update(long id, long expectedVersion, LeadSourceForm form) {
        LeadSource source = load(id);
        if (source.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Lead source " + id + " was changed by someone else");
        }
        LeadSourceForm checked = check(form, id);
        String before = describe(source.toSummary().toForm());
        source.apply(checked);
        LeadSource saved = sources.saveAndFlush(source);
        String after = describe(checked);
        if (!before.equals(after)) {
            audit.record("LEAD_SOURCE", "Lead source " + checked.name(), before + " → " + after);
        }
        return saved.toSummary();
    }

    /** Issues an intake API key for the source; the plain key is in the result this once. */
    @PreAuthorize(Roles.HAS_ADMIN_OR_CMO)
    @Transactional
    public NewApiKey issueKey(long sourceId, @Nullable String keyName) {
        LeadSource source = load(sourceId);
        String name = keyName == null || keyName.isBlank() ? source.getName() : keyName.strip();
        return apiKeys.createForLeadSource(sourceId, name);
    }

    @PreAuthorize(Roles.HAS_ADMIN_OR_CMO)
    @Transactional(readOnly = true)
    public List<ApiKeySummary> keys(long sourceId) {
        return apiKeys.keysOfLeadSource(sourceId);
    }

    @PreAuthorize(Roles.HAS_ADMIN_OR_CMO)
    @Transactional
    public ApiKeySummary revokeKey(long sourceId, long keyId) {
        return apiKeys.revokeLeadSourceKey(sourceId, keyId);
    }

    private LeadSource load(long id) {
        return sources.findById(id).orElseThrow(() -> new LeadException("This lead source no longer exists."));
    }

    private LeadSourceForm check(LeadSourceForm form, @Nullable Long id) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            throw new LeadException("name", "Name the source, e.g. \"Zillow Premier Agent\" or \"Spring open house\".");
        }
        if (name.length() > MAX_NAME) {
            throw new LeadException("name", "The name can have at most " + MAX_NAME + " characters.");
        }
        sources.findByNameIgnoreCase(name).filter(other -> id == null || other.requireId() != id)
                .ifPresent(other -> {
                    throw new LeadException("name", "Another source is already called \"" + other.getName() + "\".");
                });
        if (form.channel() == null || form.pricingModel() == null || form.assignment() == null) {
            throw new LeadException("channel", "Choose the channel, the pricing and how leads are routed.");
        }
        BigDecimal cost = form.cost();
        if (cost == null || cost.signum() < 0) {
            throw new LeadException("cost", "The cost is an amount in dollars, zero or more.");
        }
        if (cost.compareTo(MAX_COST) >= 0 || cost.scale() > 2) {
            throw new LeadException("cost", "The cost must be below $10,000,000 with at most two decimals.");
        }
        return new LeadSourceForm(name, form.channel(), form.pricingModel(), cost.setScale(2), form.exclusive(),
                form.active(), form.assignment());
    }

    private static String describe(LeadSourceForm f) {
        return f.channel().label() + ", " + f.pricingModel().label().toLowerCase() + " $" + f.cost().toPlainString()
                + ", " + (f.exclusive() ? "exclusive" : "shared") + ", " + (f.active() ? "active" : "inactive")
                + ", " + f.assignment().name().toLowerCase().replace('_', '-');
    }
}
