package com.porchlight.creative;

import com.porchlight.compliance.CheckResult;
import com.porchlight.compliance.ComplianceService;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.Severity;
import com.porchlight.rate.MarketRateService;
import com.porchlight.rate.RatesInForce;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The creative workflow (ADR 0011): DRAFT → SUBMITTED → IN_REVIEW → CHANGES_REQUESTED or COMPLIANCE_APPROVED →
 * (CMO_APPROVED when the channel needs it) → APPROVED → LIVE → EXPIRED / RETIRED. Every rule is checked here, not in
 * the screens: nobody approves what they authored or edited, the two approvers are different people, an
 * administrator has no approval power, approvals name the hash they were given for, and every step is a link in the
 * audit chain written in the same transaction.
 */
@Service
public class CreativeService {

    static final String READERS = "hasAnyRole('" + Roles.MARKETER + "', '" + Roles.COMPLIANCE + "', '" + Roles.CMO
            + "', '" + Roles.ADMIN + "')";
    static final String REVIEWERS = "hasAnyRole('" + Roles.COMPLIANCE + "', '" + Roles.CMO + "')";
    static final String MARKETER_OR_CMO = "hasAnyRole('" + Roles.MARKETER + "', '" + Roles.CMO + "')";
    static final String RETIRERS = "hasAnyRole('" + Roles.MARKETER + "', '" + Roles.COMPLIANCE + "', '" + Roles.CMO
            + "')";
    /** Loosening a control is a compliance and CMO decision; an administrator has no say in the approval rules. */
    static final String POLICY_EDITORS = "hasAnyRole('" + Roles.CMO + "', '" + Roles.COMPLIANCE + "')";

    static final int MIN_JUSTIFICATION = 20;
    static final int MAX_NAME = 200;

    /** A percentage in copy ("5.25%", "5.25 percent", "5.25 pct"). */
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])(\\d{1,2}(?:\\.\\d{1,3})?)\\s?(?:%|percent\\b|pct\\b)",
            Pattern.CASE_INSENSITIVE);

    private final CreativeStore store;
    private final CreativeAuditChain chain;
    private final ComplianceService compliance;
    private final MarketRateService rates;
    private final RatesInForce ratesInForce;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CreativeService(CreativeStore store, CreativeAuditChain chain, ComplianceService compliance,
            MarketRateService rates, RatesInForce ratesInForce, ApplicationEventPublisher events, JdbcTemplate jdbc,
            Clock clock) {
        this.store = store;
        this.chain = chain;
        this.compliance = compliance;
        this.rates = rates;
        this.ratesInForce = ratesInForce;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static String actor() {
        return CurrentUser.name().orElseThrow(() -> new CreativeException("Sign in to work on creatives."));
    }

    // ---------------------------------------------------------------- reading

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public CreativeDetail get(long id) {
        CreativeSummary s = load(id, false);
        return detail(s);
    }

    private CreativeDetail detail(CreativeSummary s) {
        CreativeVersion v = store.version(s.id(), s.versionNo()).orElseThrow();
        return new CreativeDetail(s, v, store.editors(s.id()), store.policy().cmoRequired(s.channel()));
    }

    private CreativeSummary load(long id, boolean forUpdate) {
        return store.summary(id, forUpdate).orElseThrow(() -> new CreativeException("There is no creative " + id + "."));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<CreativeSummary> page(CreativeFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = filter.where(args, actorOrEmpty(), businessDaysAgo(policy().slaBusinessDays()));
        args.add(Math.max(1, Math.min(limit, 500)));
        args.add(Math.max(0, offset));
        return jdbc.query("SELECT " + CreativeStore.SUMMARY_COLUMNS + " FROM creative c WHERE " + where
                + " ORDER BY " + filter.order() + " LIMIT ? OFFSET ?", (rs, i) -> CreativeStore.summary(rs),
                args.toArray());
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(CreativeFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = filter.where(args, actorOrEmpty(), businessDaysAgo(policy().slaBusinessDays()));
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM creative c WHERE " + where, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    private static String actorOrEmpty() {
        return CurrentUser.name().orElse("");
    }

    /** The moment that lies {@code days} business days (Monday to Friday, UTC) before now. */
    Instant businessDaysAgo(int days) {
        return BusinessDays.minus(clock.instant(), days);
    }

    /** Whether a submission has waited longer than the review SLA. */
    @PreAuthorize(READERS)
    public boolean overSla(CreativeSummary s) {
        return s.submittedAt() != null && s.submittedAt().isBefore(businessDaysAgo(policy().slaBusinessDays()))
                && (s.status() == CreativeStatus.SUBMITTED || s.status() == CreativeStatus.IN_REVIEW
                        || s.status() == CreativeStatus.COMPLIANCE_APPROVED);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<CreativeVersion> versions(long id) {
        load(id, false);
        return store.versions(id);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public CreativeVersion version(long id, int versionNo) {
        return store.version(id, versionNo).orElseThrow(
                () -> new CreativeException("Creative " + id + " has no version " + versionNo + "."));
    }

    /** What changed between two versions, field by field, word by word. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ContentDiff.FieldDiff> diff(long id, int fromVersion, int toVersion) {
        return ContentDiff.between(version(id, fromVersion), version(id, toVersion));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<FindingOverride> overrides(long id, @Nullable Integer versionNo) {
        return store.overrides(id, versionNo);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ReviewDecision> reviews(long id) {
        return store.reviews(id);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ReviewComment> comments(long id, @Nullable Integer versionNo) {
        return store.comments(id, versionNo);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<SubmittedCheck> checks(long id) {
        return store.checks(id);
    }

    /** The pre-check stored with the current version's newest submission, if it was submitted. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<SubmittedCheck> submittedCheck(long id) {
        CreativeSummary s = load(id, false);
        return store.lastCheck(id, s.versionNo());
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<AuditRecord> audit(long id) {
        return chain.of(id);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public CreativePolicy policy() {
        return store.policy();
    }

    /** Runs the pre-check on content as it stands in the editor; nothing is stored. */
    @PreAuthorize(READERS)
    public CheckResult check(CreativeContent content) {
        return compliance.check(CreativeHash.normalise(content).toCheckInput());
    }

    /** What would stop this content from being submitted (beyond the pre-check's BLOCK findings). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<String> contentProblems(CreativeContent content) {
        return contentProblems(content, quoteFor(content.setup().quotedProduct()));
    }

    private List<String> contentProblems(CreativeContent content, @Nullable RateQuote quote) {
        List<String> problems = new ArrayList<>();
        for (FieldSpec spec : ChannelLayout.of(content.channel())) {
            List<String> items = content.items(spec.field());
            long filled = items.stream().filter(s -> !s.isBlank()).count();
            if (filled < spec.minItems()) {
                problems.add(spec.minItems() == 1 ? spec.label() + " is required."
                        : spec.label() + ": at least " + spec.minItems() + " are required (" + filled + " written).");
            }
            if (items.size() > spec.maxItems()) {
                problems.add(spec.label() + ": at most " + spec.maxItems() + " allowed (" + items.size() + " written).");
            }
            for (int i = 0; i < items.size(); i++) {
                int length = spec.html() ? HtmlSanitiser.visibleText(items.get(i)).length() : items.get(i).length();
                if (length > spec.maxChars()) {
                    problems.add(spec.label() + (spec.repeated() ? " " + (i + 1) : "") + " is " + length
                            + " characters; the limit is " + spec.maxChars() + ".");
                }
            }
        }
        if (ChannelLayout.hasImage(content.channel()) && content.imageSha256() == null) {
            problems.add("A display ad needs its image: upload one.");
        }
        if (quotesARate(content) && content.setup().quotedProduct() == null) {
            problems.add("The copy quotes a rate: choose the rate product it is based on, so the quote can be "
                    + "checked against the market rate.");
        }
        if (quote != null) {
            problems.addAll(ratesOffTheMarket(content, quote, store.policy().staleBps()));
        }
        if (content.setup().quotedProduct() != null && quote == null) {
            problems.add("No market rate is recorded for " + content.setup().quotedProduct().label()
                    + ": record one on the Market rates page first.");
        }
        return problems;
    }

    /**
     * Rates and APRs the copy states that are further from the quoted product's market rate (or APR) than the
     * staleness threshold: the copy would advertise terms that are not available (Reg Z 1026.24(a)).
     */
    static List<String> ratesOffTheMarket(CreativeContent content, RateQuote quote, int thresholdBps) {
        List<String> problems = new ArrayList<>();
        BigDecimal limit = BigDecimal.valueOf(thresholdBps).movePointLeft(2);
        for (Percentage p : percentages(content)) {
            if (p.before().contains("down") || p.after().contains("down") || p.after().matches("^\\s*(of|off)\\b.*")) {
                continue; // a down payment or a share, not a rate
            }
            boolean apr = p.after().contains("apr") || p.after().contains("annual percentage");
            BigDecimal market = apr ? quote.apr() : quote.rate();
            if (p.value().subtract(market).abs().compareTo(limit) > 0
                    && p.value().subtract(apr ? quote.rate() : quote.apr()).abs().compareTo(limit) > 0) {
                problems.add(p.field() + " states " + p.value().toPlainString() + "%" + (apr ? " APR" : "")
                        + ", but today's " + quote.product().shortLabel() + " is " + market.toPlainString()
                        + "%" + (apr ? " APR" : "") + " (more than " + thresholdBps
                        + " bps apart): quote an available rate, or choose the product the copy is about.");
            }
        }
        return problems;
    }

    /**
     * Whether the copy states a rate: any percentage, in any field, that is not a down payment, a discount or a share
     * ("3.5% down", "20% off", "90% of buyers"). Headlines such as "30-yr fixed 5.25%" count although they never say
     * "rate".
     */
    static boolean quotesARate(CreativeContent content) {
        for (Percentage p : percentages(content)) {
            String before = p.before().substring(Math.max(0, p.before().length() - 25));
            boolean notARate = p.after().matches("^\\s*(down|off|of|cash back|discount).*")
                    || before.contains("down payment") || before.matches(".*\\b(save|off)\\s*$");
            if (!notARate) {
                return true;
            }
        }
        return false;
    }

    /**
     * A percentage the copy states, with the words around it (lower case): up to 30 characters before, and what
     * follows up to the next figure (at most 24 characters), so "6.25% (6.41% APR)" marks only 6.41 as the APR.
     */
    record Percentage(String field, BigDecimal value, String before, String after) {
    }

    /** Every percentage in every field, as a reader sees it (HTML reduced to its visible text). */
    static List<Percentage> percentages(CreativeContent content) {
        List<Percentage> out = new ArrayList<>();
        for (FieldSpec spec : ChannelLayout.of(content.channel())) {
            List<String> items = content.items(spec.field());
            for (String item : items) {
                String text = spec.html() ? HtmlSanitiser.visibleText(item) : item;
                var m = PERCENT.matcher(text);
                while (m.find()) {
                    out.add(new Percentage(spec.label(), new BigDecimal(m.group(1)),
                            text.substring(Math.max(0, m.start() - 30), m.start()).toLowerCase(Locale.ROOT),
                            text.substring(m.end(), Math.min(text.length(), m.end() + 24)).toLowerCase(Locale.ROOT)
                                    .split("\\d", 2)[0]));
                }
            }
        }
        return out;
    }

    private @Nullable RateQuote quoteFor(com.porchlight.rate.@Nullable RateProduct product) {
        if (product == null) {
            return null;
        }
        return rates.current(product).map(r -> new RateQuote(product, r.rate(), r.apr(), r.effectiveAt())).orElse(null);
    }

    /** Counts for the home page, for whoever is signed in. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public WorkCounts workCounts() {
        String me = actorOrEmpty();
        var cutoff = CreativeStore.utc(businessDaysAgo(policy().slaBusinessDays()));
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(status IN ('SUBMITTED', 'IN_REVIEW')), 0),
                       COALESCE(SUM(status IN ('SUBMITTED', 'IN_REVIEW') AND submitted_at < ?), 0),
                       COALESCE(SUM(status = 'COMPLIANCE_APPROVED'), 0),
                       COALESCE(SUM(status = 'COMPLIANCE_APPROVED' AND submitted_at < ?), 0),
                       COALESCE(SUM(owner_email = ? AND stale AND status NOT IN ('EXPIRED', 'RETIRED')), 0),
                       COALESCE(SUM(owner_email = ? AND status = 'CHANGES_REQUESTED'), 0)
                FROM creative""", (rs, i) -> new WorkCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6)), cutoff, cutoff, me, me);
    }

    /** The whole record of one creative for an examiner. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ExaminerRecord examinerRecord(long id) {
        CreativeSummary s = load(id, false);
        return new ExaminerRecord(s, store.versions(id), store.checks(id), store.overrides(id, null), store.reviews(id),
                store.comments(id, null), chain.of(id));
    }

    /** Creatives with any audit record in {@code [from, to)} or live during it, for an examiner export of a range. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Long> creativesActiveBetween(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new CreativeException("The start of the range must be before its end.");
        }
        // Creatives with any record in the range, and those that were running during it (went live before its end
        // and had not expired or been retired before its start): "what ran" includes unchanged live creatives.
        return jdbc.queryForList("""
                SELECT creative_id FROM creative_audit
                WHERE creative_id IS NOT NULL AND occurred_at >= ? AND occurred_at < ?
                UNION
                SELECT l.creative_id FROM creative_audit l
                WHERE l.event = 'WENT_LIVE' AND l.occurred_at < ?
                  AND NOT EXISTS (SELECT 1 FROM creative_audit e WHERE e.creative_id = l.creative_id
                                  AND e.event IN ('EXPIRED', 'RETIRED') AND e.occurred_at >= l.occurred_at
                                  AND e.occurred_at < ?)
                ORDER BY 1""", Long.class, CreativeStore.utc(from), CreativeStore.utc(to), CreativeStore.utc(to),
                CreativeStore.utc(from));
    }

    /** Audit records in {@code [from, to)}, including settings changes that belong to no creative. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<AuditRecord> auditBetween(Instant from, Instant to) {
        return chain.between(from, to);
    }

    // ---------------------------------------------------------------- authoring

    @PreAuthorize(Roles.HAS_MARKETER)
    @Transactional
    public CreativeDetail create(String name, Channel channel) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new CreativeException("Give the creative a name.");
        }
        if (clean.length() > MAX_NAME) {
            throw new CreativeException("The name is " + clean.length() + " characters; the limit is " + MAX_NAME + ".");
        }
        String by = actor();
        Instant now = clock.instant();
        long id = store.insertCreative(clean, channel, by, now);
        CreativeContent content = CreativeContent.empty(channel);
        String hash = CreativeHash.of(content, null);
        store.insertVersion(id, 1, content, null, hash, by, now, null);
        chain.append(id, by, "CREATED", 1, hash, ChannelLayout.label(channel) + " \"" + clean + "\"");
        return detail(load(id, false));
    }

    /** Copies the current content into a new draft (the way to change something that is live or closed). */
    @PreAuthorize(Roles.HAS_MARKETER)
    @Transactional
    public CreativeDetail duplicate(long id) {
        CreativeDetail source = get(id);
        String name = source.summary().name();
        name = (name.length() > MAX_NAME - 7 ? name.substring(0, MAX_NAME - 7) : name) + " (copy)";
        CreativeDetail copy = create(name, source.summary().channel());
        store.markDuplicate(copy.id(), id);
        chain.append(copy.id(), actor(), "DUPLICATED", 1, null, "copy of creative " + id + " version "
                + source.current().versionNo() + " (" + source.hash() + ")");
        return saveDraft(copy.id(), copy.summary().version(), source.current().content());
    }

    /**
     * Saves the editor's content. Unchanged content (same hash) saves nothing; changed content becomes a new version,
     * and if the creative was anywhere in review or approved, the workflow starts again from DRAFT: no approval carries
     * over to content it was not given for.
     */
    @PreAuthorize(Roles.HAS_MARKETER)
    @Transactional
    public CreativeDetail saveDraft(long id, long expectedVersion, CreativeContent edited) {
        String by = actor();
        CreativeSummary s = load(id, true);
        if (s.version() != expectedVersion) {
            throw new CreativeConflictException();
        }
        if (!s.status().editable()) {
            throw new CreativeException("This creative is " + s.status().label().toLowerCase(Locale.ROOT)
                    + " and cannot change. Duplicate it and edit the copy.");
        }
        if (edited.channel() != s.channel()) {
            throw new CreativeException("A " + ChannelLayout.label(s.channel()) + " cannot become a "
                    + ChannelLayout.label(edited.channel()) + "; create a new creative instead.");
        }
        Sanitised clean = sanitise(CreativeHash.normalise(edited));
        CreativeVersion current = store.version(id, s.versionNo()).orElseThrow();
        // Keep the quote the version was written against unless the content or the product changed.
        RateQuote quote = current.quote() != null && current.quote().product() == clean.content().setup().quotedProduct()
                ? current.quote() : null;
        if (CreativeHash.of(clean.content(), quote).equals(current.hash())) {
            return detail(s);
        }
        quote = quoteFor(clean.content().setup().quotedProduct());
        return newVersion(s, clean.content(), quote, clean.note(), by, "EDITED");
    }

    /**
     * Re-takes today's market rate for the quoted product as a new version (when the quote went stale by age but the
     * copy still holds): a new version, so the workflow starts again.
     */
    @PreAuthorize(Roles.HAS_MARKETER)
    @Transactional
    public CreativeDetail requote(long id, long expectedVersion) {
        String by = actor();
        CreativeSummary s = load(id, true);
        if (s.version() != expectedVersion) {
            throw new CreativeConflictException();
        }
        if (!s.status().editable()) {
            throw new CreativeException("This creative is " + s.status().label().toLowerCase(Locale.ROOT)
                    + " and cannot change. Duplicate it and edit the copy.");
        }
        CreativeVersion current = store.version(id, s.versionNo()).orElseThrow();
        RateQuote quote = quoteFor(current.content().setup().quotedProduct());
        if (quote == null) {
            throw new CreativeException("This creative names no rate product with a recorded market rate.");
        }
        return newVersion(s, current.content(), quote, current.sanitiserNote(), by, "REQUOTED");
    }

    private CreativeDetail newVersion(CreativeSummary s, CreativeContent content, @Nullable RateQuote quote,
            @Nullable String sanitiserNote, String by, String event) {
        Instant now = clock.instant();
        int versionNo = s.versionNo() + 1;
        String hash = CreativeHash.of(content, quote);
        store.insertVersion(s.id(), versionNo, content, quote, hash, by, now, sanitiserNote);
        int updated = jdbc.update("""
                UPDATE creative SET current_version_no = ?, status = 'DRAFT', submitted_at = NULL, claimed_by = NULL,
                       stale = FALSE, stale_reason = NULL, stale_since = NULL, states = ?, updated_at = ?,
                       version = version + 1
                WHERE id = ? AND version = ?""", versionNo, CreativeFilter.statesColumn(content.setup().states()),
                CreativeStore.utc(now), s.id(), s.version());
        if (updated != 1) {
            throw new CreativeConflictException();
        }
        StringBuilder details = new StringBuilder("version " + versionNo);
        if (s.status() != CreativeStatus.DRAFT) {
            details.append("; workflow restarted (was ").append(s.status().label()).append(")");
        }
        if (quote != null) {
            details.append("; quotes ").append(quote.product().label()).append(' ')
                    .append(quote.rate().toPlainString()).append("% as of ").append(quote.asOf());
        }
        if (sanitiserNote != null) {
            details.append("; sanitiser removed ").append(sanitiserNote);
        }
        chain.append(s.id(), by, event, versionNo, hash, details.toString());
        return detail(load(s.id(), false));
    }

    private record Sanitised(CreativeContent content, @Nullable String note) {
    }

    private static Sanitised sanitise(CreativeContent content) {
        List<String> removed = new ArrayList<>();
        CreativeContent out = content;
        for (FieldSpec spec : ChannelLayout.of(content.channel())) {
            if (!spec.html()) {
                continue;
            }
            List<String> items = new ArrayList<>();
            for (String item : content.items(spec.field())) {
                HtmlSanitiser.Result r = HtmlSanitiser.sanitise(item);
                items.add(CreativeHash.normaliseText(r.html()));
                removed.addAll(r.removed());
            }
            out = out.with(spec.field(), items);
        }
        String note = removed.isEmpty() ? null : String.join("; ", removed);
        return new Sanitised(out, note != null && note.length() > 2000 ? note.substring(0, 1990) + " … (more)" : note);
    }

    @PreAuthorize(MARKETER_OR_CMO)
    @Transactional
    public CreativeSummary rename(long id, long expectedVersion, String name) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new CreativeException("A name is 1 to " + MAX_NAME + " characters.");
        }
        CreativeSummary s = load(id, true);
        if (s.version() != expectedVersion) {
            throw new CreativeConflictException();
        }
        jdbc.update("UPDATE creative SET name = ?, version = version + 1, updated_at = ? WHERE id = ?", clean,
                CreativeStore.utc(clock.instant()), id);
        chain.append(id, actor(), "RENAMED", s.versionNo(), null, "\"" + s.name() + "\" → \"" + clean + "\"");
        return load(id, false);
    }

    /** Stores an uploaded image under its SHA-256 (the same image uploaded twice is stored once). */
    @PreAuthorize(Roles.HAS_MARKETER)
    @Transactional
    public ImageAsset uploadImage(String fileName, byte[] bytes) {
        ImageAsset asset = ImageAsset.read(fileName, bytes);
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM creative_asset WHERE sha256 = ?", Integer.class,
                asset.sha256());
        if (known == null || known == 0) {
            jdbc.update("""
                    INSERT INTO creative_asset (sha256, media_type, file_name, width, height, bytes, uploaded_by,
                                                uploaded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", asset.sha256(), asset.mediaType(), asset.fileName(),
                    asset.width(), asset.height(), bytes, actor(), CreativeStore.utc(clock.instant()));
        }
        return asset;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<ImageAsset.Stored> image(String sha256) {
        return jdbc.query("SELECT media_type, file_name, width, height, bytes FROM creative_asset WHERE sha256 = ?",
                (rs, i) -> new ImageAsset.Stored(new ImageAsset(sha256, rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4)), rs.getBytes(5)), sha256).stream().findFirst();
    }

    // ---------------------------------------------------------------- workflow

    /**
     * Submits the current version for compliance review. Refused while any content problem is open, while any BLOCK
     * finding has no override for this version, or while the quoted rate is stale. The pre-check's result is stored
     * with the submission.
     */
    @PreAuthorize(Roles.HAS_MARKETER)
    @Transactional
    public CreativeDetail submit(long id, long expectedVersion) {
        String by = actor();
        CreativeSummary s = load(id, true);
        if (s.version() != expectedVersion) {
            throw new CreativeConflictException();
        }
        if (s.status() != CreativeStatus.DRAFT && s.status() != CreativeStatus.CHANGES_REQUESTED) {
            throw new CreativeException("Only a draft or a creative with changes requested can be submitted; this one "
                    + "is " + s.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        CreativeVersion v = store.version(id, s.versionNo()).orElseThrow();
        if (s.status() == CreativeStatus.CHANGES_REQUESTED && sentBackUnchanged(id, v)) {
            throw new CreativeException("This exact version was sent back (changes requested or rejected). Change it "
                    + "first — or, if only a finding was at issue, have compliance record an override — then submit.");
        }
        List<String> problems = new ArrayList<>(contentProblems(v.content(), v.quote()));
        staleNow(s, v, clock.instant()).ifPresent(reason -> problems.add("The quoted rate is stale: " + reason
                + ". Update the copy or re-take today's rate."));
        if (s.expiresOn() != null && s.expiresOn().isBefore(today())) {
            problems.add("Its expiry date (" + s.expiresOn() + ") has passed: set a later one.");
        }
        CheckResult check = compliance.check(v.content().toCheckInput());
        List<FindingOverride> overrides = store.overrides(id, s.versionNo());
        for (Finding f : check.findings()) {
            if (f.severity() == Severity.BLOCK && overrides.stream().noneMatch(o -> o.covers(f))) {
                problems.add("Blocking finding " + f.ruleId() + ": " + f.message());
            }
        }
        if (!problems.isEmpty()) {
            throw new CreativeException("It cannot be submitted yet.", problems);
        }
        Instant now = clock.instant();
        store.insertCheck(id, s.versionNo(), v.hash(), check.verdict().name(), check.findings(), by, now);
        transition(s, CreativeStatus.SUBMITTED, "submitted_at = ?, claimed_by = NULL", CreativeStore.utc(now));
        long blocks = check.findings().stream().filter(f -> f.severity() == Severity.BLOCK).count();
        chain.append(id, by, "SUBMITTED", s.versionNo(), v.hash(), "pre-check " + check.verdict().name() + ": "
                + check.findings().size() + " findings" + (blocks > 0 ? " (" + blocks + " BLOCK, overridden)" : ""));
        return detail(load(id, false));
    }

    /** The version was sent back and nothing changed since: no new version, no override recorded after the decision. */
    private boolean sentBackUnchanged(long id, CreativeVersion v) {
        Optional<ReviewDecision> back = store.reviews(id).stream()
                .filter(r -> r.versionNo() == v.versionNo() && r.decision() != ReviewDecision.Decision.APPROVED)
                .reduce((a, b) -> b);
        if (back.isEmpty()) {
            return false;
        }
        Instant decided = back.get().decidedAt();
        return store.overrides(id, v.versionNo()).stream().noneMatch(o -> o.at().isAfter(decided));
    }

    /** A compliance officer takes a submitted creative for review. */
    @PreAuthorize(Roles.HAS_COMPLIANCE)
    @Transactional
    public CreativeDetail claim(long id) {
        String by = actor();
        CreativeSummary s = load(id, true);
        if (s.status() != CreativeStatus.SUBMITTED) {
            throw new CreativeException(s.status() == CreativeStatus.IN_REVIEW
                    ? s.claimedBy() + " is already reviewing this creative."
                    : "Only a submitted creative can be claimed; this one is " + s.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        notAnEditor(id, by, "review");
        transition(s, CreativeStatus.IN_REVIEW, "claimed_by = ?", by);
        chain.append(id, by, "CLAIMED", s.versionNo(), currentHash(s), "review started");
        return detail(load(id, false));
    }

    /** Hands a claimed review back to the queue (the claimer, e.g. before leave). */
    @PreAuthorize(Roles.HAS_COMPLIANCE)
    @Transactional
    public CreativeDetail release(long id) {
        String by = actor();
        CreativeSummary s = load(id, true);
        if (s.status() != CreativeStatus.IN_REVIEW || !by.equals(s.claimedBy())) {
            throw new CreativeException("Only the reviewer who claimed it can hand it back.");
        }
        transition(s, CreativeStatus.SUBMITTED, "claimed_by = NULL");
        chain.append(id, by, "RELEASED", s.versionNo(), currentHash(s), "handed back to the queue");
        return detail(load(id, false));
    }

    /**
     * Records a compliance officer's override of one BLOCK finding of the current version, with a written
     * justification. Possible before submission (so the author can submit) and during review; never by an editor.
     */
    @PreAuthorize(Roles.HAS_COMPLIANCE)
    @Transactional
    public FindingOverride overrideFinding(long id, String hash, Finding finding, String justification) {
        String by = actor();
        CreativeSummary s = load(id, true);
        requireHash(s, hash);
        if (!(s.status() == CreativeStatus.DRAFT || s.status() == CreativeStatus.CHANGES_REQUESTED
                || s.status() == CreativeStatus.SUBMITTED || s.status() == CreativeStatus.IN_REVIEW)) {
            throw new CreativeException("Findings can be overridden before approval only.");
        }
        notAnEditor(id, by, "override its findings");
        String why = justification == null ? "" : justification.strip();
        if (why.length() > 2000) {
            throw new CreativeException("A justification is at most 2,000 characters.");
        }
        if (why.length() < MIN_JUSTIFICATION) {
            throw new CreativeException("Write a justification of at least " + MIN_JUSTIFICATION
                    + " characters: it is kept in the record examiners see.");
        }
        if (finding.severity() != Severity.BLOCK) {
            throw new CreativeException("Only BLOCK findings need an override.");
        }
        CreativeVersion v = store.version(id, s.versionNo()).orElseThrow();
        boolean current = compliance.check(v.content().toCheckInput()).findings().stream()
                .anyMatch(f -> f.ruleId().equals(finding.ruleId()) && f.part() == finding.part()
                        && f.partIndex() == finding.partIndex() && f.start() == finding.start() && f.end() == finding.end());
        if (!current) {
            throw new CreativeException("That finding is not in the current version's pre-check (the content or the "
                    + "rule settings changed). Reload.");
        }
        if (store.overrides(id, s.versionNo()).stream().anyMatch(o -> o.covers(finding))) {
            throw new CreativeException("That finding is already overridden.");
        }
        Instant now = clock.instant();
        store.insertOverride(id, s.versionNo(), hash, finding, why, by, now);
        jdbc.update("UPDATE creative SET version = version + 1, updated_at = ? WHERE id = ?", CreativeStore.utc(now), id);
        chain.append(id, by, "FINDING_OVERRIDDEN", s.versionNo(), hash, finding.ruleId() + " in "
                + finding.part().name() + " " + (finding.partIndex() + 1) + " [" + finding.start() + "–" + finding.end()
                + "]: " + why);
        return new FindingOverride(s.versionNo(), hash, finding.ruleId(), finding.part(), finding.partIndex(),
                finding.start(), finding.end(), why, by, now);
    }

    /** The reviewer who claimed it sends it back with comments on findings or passages; at least one comment. */
    @PreAuthorize(Roles.HAS_COMPLIANCE)
    @Transactional
    public CreativeDetail requestChanges(long id, String hash, List<CommentDraft> comments) {
        String by = actor();
        CreativeSummary s = load(id, true);
        requireHash(s, hash);
        requireClaimedBy(s, by);
        if (comments.isEmpty() || comments.stream().allMatch(c -> c.body().isBlank())) {
            throw new CreativeException("Say what needs to change: add at least one comment.");
        }
        Instant now = clock.instant();
        CreativeVersion v = store.version(id, s.versionNo()).orElseThrow();
        int written = 0;
        for (CommentDraft c : comments) {
            if (!c.body().isBlank()) {
                addComment(s, v, c, by, now);
                written++;
            }
        }
        String count = written == 1 ? "1 comment" : written + " comments";
        store.insertReview(id, s.versionNo(), hash, ReviewDecision.Stage.COMPLIANCE,
                ReviewDecision.Decision.CHANGES_REQUESTED, by, now, null, count);
        transition(s, CreativeStatus.CHANGES_REQUESTED, "claimed_by = NULL");
        chain.append(id, by, "CHANGES_REQUESTED", s.versionNo(), hash, count);
        return detail(load(id, false));
    }

    /** A comment on the current version by anyone working on it; audited. */
    @PreAuthorize(READERS)
    @Transactional
    public ReviewComment comment(long id, String hash, CommentDraft comment) {
        String by = actor();
        CreativeSummary s = load(id, true);
        requireHash(s, hash);
        if (comment.body().isBlank()) {
            throw new CreativeException("A comment cannot be empty.");
        }
        CreativeVersion v = store.version(id, s.versionNo()).orElseThrow();
        return addComment(s, v, comment, by, clock.instant());
    }

    private ReviewComment addComment(CreativeSummary s, CreativeVersion v, CommentDraft c, String by, Instant now) {
        if (c.body().length() > 4000) {
            throw new CreativeException("A comment is at most 4,000 characters.");
        }
        String quote = null;
        if (c.field() != null) {
            List<String> items = v.content().items(c.field());
            int item = c.itemIndex() == null ? 0 : c.itemIndex();
            if (item < 0 || item >= items.size()) {
                throw new CreativeException("The comment points at a passage that is not in this version.");
            }
            String text = ChannelLayout.spec(s.channel(), c.field()).map(FieldSpec::html).orElse(false)
                    ? HtmlSanitiser.visibleText(items.get(item)) : items.get(item);
            if (c.start() != null && c.end() != null) {
                if (c.start() < 0 || c.end() > text.length() || c.start() > c.end()) {
                    throw new CreativeException("The comment points at a passage that is not in this version.");
                }
                quote = text.substring(c.start(), c.end());
                if (quote.length() > 2000) {
                    quote = quote.substring(0, 2000);
                }
            }
        }
        long commentId = store.insertComment(s.id(), v.versionNo(), v.hash(), c, quote, by, now);
        chain.append(s.id(), by, "COMMENTED", v.versionNo(), v.hash(), (c.ruleId() != null ? "on " + c.ruleId() + ": "
                : quote != null ? "on \"" + abbreviate(quote, 60) + "\": " : "") + c.body().strip());
        return new ReviewComment(commentId, v.versionNo(), c.ruleId(), c.field(), c.itemIndex(), c.start(), c.end(),
                quote, c.body().strip(), by, now);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /**
     * The claiming compliance officer approves the version with that hash, answering every checklist item for the
     * channel. When the channel needs no CMO, the creative is APPROVED at once.
     */
    @PreAuthorize(Roles.HAS_COMPLIANCE)
    @Transactional
    public CreativeDetail approveCompliance(long id, String hash, Map<Integer, ChecklistAnswer> checklist,
            @Nullable String note) {
        String by = actor();
        CreativeSummary s = load(id, true);
        requireHash(s, hash);
        requireClaimedBy(s, by);
        notAnEditor(id, by, "approve");
        Map<Integer, ChecklistAnswer> answers = checklistAnswers(s.channel(), checklist);
        CreativeVersion v = store.version(id, s.versionNo()).orElseThrow();
        Instant now = clock.instant();
        staleNow(s, v, now).ifPresent(reason -> {
            throw new CreativeException("The quoted rate is stale (" + reason + "): request changes instead.");
        });
        SubmittedCheck check = store.lastCheck(id, s.versionNo()).orElseThrow(
                () -> new CreativeException("This version has no stored pre-check; it was never submitted."));
        List<FindingOverride> overrides = store.overrides(id, s.versionNo());
        for (Finding f : compliance.check(v.content().toCheckInput()).findings()) {
            if (f.severity() == Severity.BLOCK && overrides.stream().noneMatch(o -> o.covers(f))) {
                throw new CreativeException("Blocking finding " + f.ruleId() + " has no override: override it with a "
                        + "justification, or request changes.");
            }
        }
        store.insertReview(id, s.versionNo(), hash, ReviewDecision.Stage.COMPLIANCE, ReviewDecision.Decision.APPROVED,
                by, now, answers, blankToNull(note));
        chain.append(id, by, "COMPLIANCE_APPROVED", s.versionNo(), hash, "checklist: " + answers.size()
                + " items answered; pre-check " + check.verdict() + (note == null || note.isBlank() ? "" : "; " + note.strip()));
        boolean cmo = policy().cmoRequired(s.channel());
        if (cmo) {
            transition(s, CreativeStatus.COMPLIANCE_APPROVED, "claimed_by = claimed_by");
        } else {
            transition(s, CreativeStatus.APPROVED, "claimed_by = claimed_by");
            chain.append(id, "system", "APPROVED", s.versionNo(), hash, "no CMO approval required for "
                    + ChannelLayout.label(s.channel()));
            events.publishEvent(new CreativeApproved(id, s.versionNo(), hash, s.channel()));
        }
        return detail(load(id, false));
    }

    private static Map<Integer, ChecklistAnswer> checklistAnswers(Channel channel, Map<Integer, ChecklistAnswer> given) {
        Map<Integer, ChecklistAnswer> answers = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (ReviewChecklist.Item item : ReviewChecklist.forChannel(channel)) {
            ChecklistAnswer a = given.get(item.number());
            if (a == null) {
                missing.add(item.number() + " (" + item.title() + ")");
                continue;
            }
            if (a.answer() == ChecklistAnswer.Answer.NO) {
                throw new CreativeException("Checklist item " + item.number() + " (" + item.title()
                        + ") is answered No: request changes instead of approving.");
            }
            if (a.note() != null && a.note().length() > 1000) {
                throw new CreativeException("The note on checklist item " + item.number() + " is longer than 1,000 "
                        + "characters.");
            }
            if (a.answer() == ChecklistAnswer.Answer.NOT_APPLICABLE && a.note() == null) {
                throw new CreativeException("Checklist item " + item.number() + " (" + item.title()
                        + ") is marked not applicable: say why in its note.");
            }
            answers.put(item.number(), a);
        }
        if (!missing.isEmpty()) {
            throw new CreativeException("Answer every checklist item before approving; open: "
                    + String.join(", ", missing) + ".");
        }
        return answers;
    }

    /**
     * A CMO approves the compliance-approved version with that hash; never the compliance approver, never an editor.
     */
    @PreAuthorize(Roles.HAS_CMO)
    @Transactional
    public CreativeDetail approveCmo(long id, String hash, @Nullable String note) {
        String by = actor();
        CreativeSummary s = load(id, true);
        requireHash(s, hash);
        if (s.status() != CreativeStatus.COMPLIANCE_APPROVED) {
            throw new CreativeException("A CMO approves only after compliance has approved; this creative is "
                    + s.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        notAnEditor(id, by, "approve");
        List<ReviewDecision> compliance = approvals(id, s.versionNo(), hash, ReviewDecision.Stage.COMPLIANCE);
        if (compliance.isEmpty()) {
            throw new CreativeException("There is no compliance approval for this content.");
        }
        if (compliance.stream().anyMatch(r -> r.reviewer().equals(by))) {
            throw new CreativeException("You gave the compliance approval; a different person must give the CMO's.");
        }
        String complianceApprover = compliance.getLast().reviewer();
        CreativeVersion v = store.version(id, s.versionNo()).orElseThrow();
        Instant now = clock.instant();
        staleNow(s, v, now).ifPresent(reason -> {
            throw new CreativeException("The quoted rate is stale (" + reason + "): reject it so the author updates it.");
        });
        store.insertReview(id, s.versionNo(), hash, ReviewDecision.Stage.CMO, ReviewDecision.Decision.APPROVED, by, now,
                null, blankToNull(note));
        transition(s, CreativeStatus.APPROVED, "claimed_by = claimed_by");
        chain.append(id, by, "CMO_APPROVED", s.versionNo(), hash, note == null || note.isBlank() ? "" : note.strip());
        chain.append(id, "system", "APPROVED", s.versionNo(), hash, "compliance " + complianceApprover + ", CMO " + by);
        events.publishEvent(new CreativeApproved(id, s.versionNo(), hash, s.channel()));
        return detail(load(id, false));
    }

    /** A CMO sends the version back to its author with a reason. */
    @PreAuthorize(Roles.HAS_CMO)
    @Transactional
    public CreativeDetail rejectCmo(long id, String hash, String reason) {
        String by = actor();
        CreativeSummary s = load(id, true);
        requireHash(s, hash);
        if (s.status() != CreativeStatus.COMPLIANCE_APPROVED) {
            throw new CreativeException("Only a creative awaiting the CMO can be rejected by the CMO.");
        }
        notAnEditor(id, by, "review");
        if (reason == null || reason.isBlank()) {
            throw new CreativeException("Say why it is rejected: the author needs to know what to change.");
        }
        if (reason.strip().length() > 4000) {
            throw new CreativeException("A reason is at most 4,000 characters.");
        }
        Instant now = clock.instant();
        CreativeVersion v = store.version(id, s.versionNo()).orElseThrow();
        addComment(s, v, CommentDraft.general(reason.strip()), by, now);
        store.insertReview(id, s.versionNo(), hash, ReviewDecision.Stage.CMO, ReviewDecision.Decision.REJECTED, by, now,
                null, reason.strip());
        transition(s, CreativeStatus.CHANGES_REQUESTED, "claimed_by = NULL");
        chain.append(id, by, "REJECTED", s.versionNo(), hash, reason.strip());
        return detail(load(id, false));
    }

    /** An approved, fresh, unexpired creative goes live. */
    @PreAuthorize(MARKETER_OR_CMO)
    @Transactional
    public CreativeDetail goLive(long id, String hash) {
        String by = actor();
        CreativeSummary s = load(id, true);
        requireHash(s, hash);
        if (s.status() != CreativeStatus.APPROVED) {
            throw new CreativeException("Only an approved creative can go live; this one is "
                    + s.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        CreativeVersion v = store.version(id, s.versionNo()).orElseThrow();
        Instant now = clock.instant();
        Optional<String> stale = staleNow(s, v, now);
        if (stale.isPresent()) {
            markStale(s, stale.get(), now);
            throw new CreativeException("It cannot go live: the quoted rate is stale (" + stale.get()
                    + "). Update it; the new version needs approval again.");
        }
        if (s.expiresOn() != null && s.expiresOn().isBefore(today())) {
            throw new CreativeException("It cannot go live: it expired on " + s.expiresOn() + ".");
        }
        requireApprovals(s, hash);
        transition(s, CreativeStatus.LIVE, "claimed_by = claimed_by");
        chain.append(id, by, "WENT_LIVE", s.versionNo(), hash, "");
        return detail(load(id, false));
    }

    /** Belt and braces: LIVE needs stored approvals for exactly this hash, from different people, none an editor. */
    private void requireApprovals(CreativeSummary s, String hash) {
        Set<String> editors = store.editors(s.id());
        List<AuditRecord> trail = chain.of(s.id());
        List<ReviewDecision> compliance = approvals(s.id(), s.versionNo(), hash, ReviewDecision.Stage.COMPLIANCE);
        if (compliance.isEmpty() || editors.contains(compliance.getLast().reviewer())
                || !inChain(trail, "COMPLIANCE_APPROVED", compliance.getLast().reviewer(), hash)) {
            throw new CreativeException("It has no valid compliance approval for this exact content.");
        }
        if (policy().cmoRequired(s.channel())) {
            List<ReviewDecision> cmo = approvals(s.id(), s.versionNo(), hash, ReviewDecision.Stage.CMO);
            if (cmo.isEmpty() || editors.contains(cmo.getLast().reviewer())
                    || compliance.stream().anyMatch(r -> r.reviewer().equals(cmo.getLast().reviewer()))
                    || !inChain(trail, "CMO_APPROVED", cmo.getLast().reviewer(), hash)) {
                throw new CreativeException("It has no valid CMO approval for this exact content.");
            }
        }
    }

    /** A decision row counts only with its link in the audit chain (a row inserted behind the service's back has none). */
    private static boolean inChain(List<AuditRecord> trail, String event, String actor, String hash) {
        return trail.stream().anyMatch(r -> r.event().equals(event) && r.actor().equals(actor)
                && hash.equals(r.contentHash()));
    }

    @PreAuthorize(RETIRERS)
    @Transactional
    public CreativeDetail retire(long id, String reason) {
        String by = actor();
        CreativeSummary s = load(id, true);
        if (s.status() == CreativeStatus.RETIRED) {
            throw new CreativeException("It is already retired.");
        }
        if (reason == null || reason.isBlank()) {
            throw new CreativeException("Give the reason for retiring it: it stays in the record.");
        }
        String why = reason.strip();
        if (why.length() > 1000) {
            throw new CreativeException("The reason is at most 1,000 characters.");
        }
        transition(s, CreativeStatus.RETIRED, "retired_reason = ?", why);
        chain.append(id, by, "RETIRED", s.versionNo(), currentHash(s), "was " + s.status().label() + ": " + why);
        return detail(load(id, false));
    }

    /** Sets or clears the date after which the creative may no longer run. */
    @PreAuthorize(MARKETER_OR_CMO)
    @Transactional
    public CreativeDetail setExpiry(long id, long expectedVersion, @Nullable LocalDate expiresOn) {
        String by = actor();
        CreativeSummary s = load(id, true);
        if (s.version() != expectedVersion) {
            throw new CreativeConflictException();
        }
        if (s.status().closed()) {
            throw new CreativeException("It is " + s.status().label().toLowerCase(Locale.ROOT) + "; its expiry no longer matters.");
        }
        if (expiresOn != null && expiresOn.isBefore(today())) {
            throw new CreativeException("The expiry date " + expiresOn + " is in the past.");
        }
        boolean approvedAlready = switch (s.status()) {
            case COMPLIANCE_APPROVED, CMO_APPROVED, APPROVED, LIVE -> true;
            default -> false;
        };
        boolean extends_ = s.expiresOn() != null && (expiresOn == null || expiresOn.isAfter(s.expiresOn()));
        if (approvedAlready && extends_) {
            throw new CreativeException("It was approved to run until " + s.expiresOn() + ". Running it longer needs a "
                    + "new approval: duplicate it and submit the copy. (An earlier date is fine.)");
        }
        jdbc.update("UPDATE creative SET expires_on = ?, version = version + 1, updated_at = ? WHERE id = ?", expiresOn,
                CreativeStore.utc(clock.instant()), id);
        chain.append(id, by, "EXPIRY_SET", s.versionNo(), null, expiresOn == null ? "no expiry" : "expires after "
                + expiresOn);
        return detail(load(id, false));
    }

    // ---------------------------------------------------------------- settings

    @PreAuthorize(POLICY_EDITORS)
    @Transactional
    public CreativePolicy savePolicy(long expectedVersion, int staleBps, int staleDays, int slaBusinessDays,
            Map<Channel, Boolean> cmoRequired) {
        List<String> problems = new ArrayList<>();
        if (staleBps < 1 || staleBps > 500) {
            problems.add("The rate move that makes a quote stale is 1 to 500 basis points.");
        }
        if (staleDays < 1 || staleDays > 90) {
            problems.add("The maximum age of a quote is 1 to 90 days.");
        }
        if (slaBusinessDays < 1 || slaBusinessDays > 30) {
            problems.add("The review SLA is 1 to 30 business days.");
        }
        for (var e : cmoRequired.entrySet()) {
            if (!e.getValue() && ChannelLayout.cmoAlwaysRequired(e.getKey())) {
                problems.add(ChannelLayout.label(e.getKey()) + " always needs a CMO's approval.");
            }
        }
        if (!problems.isEmpty()) {
            throw new CreativeException("The settings were not saved.", problems);
        }
        String by = actor();
        Instant now = clock.instant();
        CreativePolicy before = store.policy();
        int updated = jdbc.update("""
                UPDATE creative_policy SET stale_bps = ?, stale_days = ?, sla_business_days = ?, updated_at = ?,
                       updated_by = ?, version = version + 1
                WHERE id = 1 AND version = ?""", staleBps, staleDays, slaBusinessDays, CreativeStore.utc(now), by,
                expectedVersion);
        if (updated != 1) {
            throw new CreativeException("The settings were changed by someone else since you opened them. Reload.");
        }
        for (var e : cmoRequired.entrySet()) {
            jdbc.update("UPDATE creative_channel_policy SET cmo_required = ?, updated_at = ?, updated_by = ? "
                    + "WHERE channel = ?", e.getValue() || ChannelLayout.cmoAlwaysRequired(e.getKey()),
                    CreativeStore.utc(now), by, e.getKey().name());
        }
        CreativePolicy after = store.policy();
        chain.append(null, by, "POLICY_CHANGED", null, null, "stale after " + before.staleBps() + "→" + after.staleBps()
                + " bps or " + before.staleDays() + "→" + after.staleDays() + " days; SLA " + before.slaBusinessDays()
                + "→" + after.slaBusinessDays() + " business days; CMO required for " + after.cmoRequired().entrySet()
                        .stream().filter(Map.Entry::getValue).map(x -> x.getKey().name()).sorted().toList());
        return after;
    }

    /** Re-computes the audit chain and says whether it is intact. */
    @PreAuthorize("hasAnyRole('" + Roles.COMPLIANCE + "', '" + Roles.CMO + "', '" + Roles.ADMIN + "')")
    public ChainVerification verifyChain() {
        return chain.verify();
    }

    // ---------------------------------------------------------------- staleness and expiry

    /** Why a version's quote is stale now, if it is. */
    Optional<String> staleness(CreativeVersion v, CreativePolicy policy, Instant now) {
        RateQuote q = v.quote();
        if (q == null) {
            return Optional.empty();
        }
        // RatesInForce, not MarketRateService: this also runs on the scheduler, with nobody signed in.
        BigDecimal market = ratesInForce.at(now).get(q.product());
        if (market != null) {
            BigDecimal moveBps = market.subtract(q.rate()).abs().movePointRight(2);
            if (moveBps.compareTo(BigDecimal.valueOf(policy.staleBps())) > 0) {
                return Optional.of(q.product().label() + " moved " + moveBps.stripTrailingZeros().toPlainString()
                        + " bps since the quote (" + q.rate().toPlainString() + "% → "
                        + market.toPlainString() + "%; the limit is " + policy.staleBps() + " bps)");
            }
        }
        Duration age = Duration.between(q.asOf(), now);
        if (age.compareTo(Duration.ofDays(policy.staleDays())) > 0) {
            return Optional.of("the quoted rate is " + age.toDays() + " days old (as of "
                    + q.asOf().atZone(ZoneOffset.UTC).toLocalDate() + "; the limit is " + policy.staleDays() + " days)");
        }
        return Optional.empty();
    }

    /** Stale now, or flagged stale earlier (the flag is sticky until a new version: ADR 0011). */
    private Optional<String> staleNow(CreativeSummary s, CreativeVersion v, Instant now) {
        return staleness(v, policy(), now).or(() -> s.stale() ? Optional.of(String.valueOf(s.staleReason()))
                : Optional.empty());
    }

    private void markStale(CreativeSummary s, @Nullable String reason, Instant now) {
        if (s.stale()) {
            return;
        }
        jdbc.update("UPDATE creative SET stale = TRUE, stale_reason = ?, stale_since = ?, updated_at = ? WHERE id = ?",
                reason, CreativeStore.utc(now), CreativeStore.utc(now), s.id());
        chain.append(s.id(), "system", "STALE", s.versionNo(), currentHash(s), reason == null ? "" : reason);
    }

    /**
     * Marks every open creative whose quote went stale (the owner sees it on the home page and in the list) and
     * expires approved or live ones past their date. Runs when a market rate is recorded and every hour
     * ({@link CreativeUpkeep}); not for people to call.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    StalenessRun refreshStaleness() {
        Instant now = clock.instant();
        CreativePolicy policy = store.policy();
        int stale = 0;
        int expired = 0;
        List<CreativeSummary> open = jdbc.query("SELECT " + CreativeStore.SUMMARY_COLUMNS + " FROM creative c WHERE "
                + "c.status NOT IN ('EXPIRED', 'RETIRED') AND (c.stale = FALSE OR c.expires_on IS NOT NULL) FOR UPDATE",
                (rs, i) -> CreativeStore.summary(rs));
        for (CreativeSummary s : open) {
            if (s.expiresOn() != null && s.expiresOn().isBefore(today())
                    && (s.status() == CreativeStatus.APPROVED || s.status() == CreativeStatus.LIVE)) {
                transition(s, CreativeStatus.EXPIRED, "claimed_by = claimed_by");
                chain.append(s.id(), "system", "EXPIRED", s.versionNo(), currentHash(s), "expiry date " + s.expiresOn());
                expired++;
                continue;
            }
            if (!s.stale()) {
                CreativeVersion v = store.version(s.id(), s.versionNo()).orElseThrow();
                Optional<String> reason = staleness(v, policy, now);
                if (reason.isPresent()) {
                    markStale(s, reason.get(), now);
                    stale++;
                }
            }
        }
        return new StalenessRun(stale, expired);
    }

    /** What a staleness run changed. */
    public record StalenessRun(int becameStale, int expired) {
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- helpers

    private void transition(CreativeSummary s, CreativeStatus to, String extraSet, Object... extraArgs) {
        List<Object> args = new ArrayList<>(List.of(extraArgs));
        args.add(to.name());
        args.add(CreativeStore.utc(clock.instant()));
        args.add(s.id());
        int updated = jdbc.update("UPDATE creative SET " + extraSet + ", status = ?, updated_at = ?, "
                + "version = version + 1 WHERE id = ?", args.toArray());
        if (updated != 1) {
            throw new CreativeConflictException();
        }
    }

    private String currentHash(CreativeSummary s) {
        return store.version(s.id(), s.versionNo()).orElseThrow().hash();
    }

    private void requireHash(CreativeSummary s, String hash) {
        String current = currentHash(s);
        if (!current.equals(hash)) {
            throw new CreativeException("This action was for content that has changed since (now version "
                    + s.versionNo() + ", hash " + current.substring(0, 12) + "…). Review the current version.");
        }
    }

    private static void requireClaimedBy(CreativeSummary s, String by) {
        if (s.status() != CreativeStatus.IN_REVIEW) {
            throw new CreativeException("Claim the creative for review first; it is "
                    + s.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        if (!by.equals(s.claimedBy())) {
            throw new CreativeException(s.claimedBy() + " is reviewing this creative; only they can decide on it.");
        }
    }

    private void notAnEditor(long id, String by, String what) {
        if (store.editors(id).contains(by)) {
            throw new CreativeException("You authored or edited this creative, so someone else must " + what + " it.");
        }
    }

    /** The approvals of one stage given for exactly this version and hash, oldest first. */
    private List<ReviewDecision> approvals(long id, int versionNo, String hash, ReviewDecision.Stage stage) {
        return store.reviews(id).stream().filter(r -> r.versionNo() == versionNo && r.contentHash().equals(hash)
                && r.stage() == stage && r.decision() == ReviewDecision.Decision.APPROVED).toList();
    }

    /** Notes and reasons fit their columns; longer ones are refused with a message, not a database error. */
    private static @Nullable String blankToNull(@Nullable String s) {
        if (s != null && s.strip().length() > 4000) {
            throw new CreativeException("A note is at most 4,000 characters.");
        }
        return s == null || s.isBlank() ? null : s.strip();
    }
}
