package com.porchlight.scoring;

import com.porchlight.audit.AuditLog;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import com.porchlight.segment.SegmentService;
import com.porchlight.segment.rule.RuleReferences;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead scoring for people (ADR 0009): marketers edit the shared draft (optimistically locked), a CMO who did not edit
 * it publishes it — every lead is then rescored — or rolls back to an earlier model (a new publication). What-if and
 * backtest compare the draft with the live model without writing anything.
 */
@Service
public class ScoringService {

    static final String HAS_READER = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.CMO + "', '" + Roles.MARKETER
            + "', '" + Roles.COMPLIANCE + "')";
    static final String HAS_EDITOR = "hasAnyRole('" + Roles.CMO + "', '" + Roles.MARKETER + "')";

    private final ScoringModels models;
    private final ScoreWriter writer;
    private final ScoringAnalysis analysis;
    private final LeadSnapshots snapshots;
    private final SegmentService segments;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ExecutorService rescoring = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rescoring");
        t.setDaemon(true);
        return t;
    });

    /** False in tests: the rescoring after a publication then finishes before {@code publish} returns. */
    private final boolean background;

    ScoringService(ScoringModels models, ScoreWriter writer, ScoringAnalysis analysis, LeadSnapshots snapshots,
            SegmentService segments,
            AuditLog audit, JdbcTemplate jdbc, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${porchlight.scoring.background:true}")
            boolean background) {
        this.background = background;
        this.models = models;
        this.writer = writer;
        this.analysis = analysis;
        this.snapshots = snapshots;
        this.segments = segments;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        rescoring.shutdownNow();
    }

    @PreAuthorize(HAS_READER)
    public Optional<PublishedModel> live() {
        return models.live();
    }

    @PreAuthorize(HAS_READER)
    public List<PublishedModel> history() {
        return models.history();
    }

    @PreAuthorize(HAS_READER)
    public Optional<PublishedModel> published(int versionNo) {
        return models.published(versionNo);
    }

    @PreAuthorize(HAS_READER)
    public ScoringDraft draft() {
        return models.draft().orElseThrow(() -> new ScoringException("No scoring model has been set up yet."));
    }

    @PreAuthorize(HAS_READER)
    public List<ModelProblem> problems(ScoringModel model) {
        return ModelValidator.validate(model, segments.references());
    }

    /** What changed from {@code before} to {@code after}, in words. */
    @PreAuthorize(HAS_READER)
    public List<String> diff(ScoringModel before, ScoringModel after) {
        return ModelDiff.between(before, after, segments.references());
    }

    /**
     * Saves the draft. {@code expectedVersion} is the draft version the editor loaded: if someone saved in between,
     * nothing is written and the editor keeps its changes.
     */
    @PreAuthorize(HAS_EDITOR)
    @Transactional
    public ScoringDraft saveDraft(ScoringModel model, long expectedVersion) {
        List<ModelProblem> problems = problems(model);
        if (!problems.isEmpty()) {
            throw new ScoringException("Not saved: " + problems.getFirst().message(), problems);
        }
        String by = CurrentUser.nameOrSystem();
        if (!models.saveDraft(model, expectedVersion, by, clock.instant())) {
            ScoringDraft now = models.draft().orElseThrow();
            throw new ScoringException("The draft was changed by " + now.updatedBy() + " while you were editing it. "
                    + "Your changes are still on screen: reload the draft in another tab to compare, then save again.");
        }
        audit.record("SCORING_DRAFT_SAVED", "Scoring draft",
                String.join("; ", models.live().map(l -> ModelDiff.between(l.model(), model, segments.references()))
                        .orElse(List.of("first draft"))));
        return models.draft().orElseThrow();
    }

    /**
     * Publishes the draft as the live model (CMO only, and not a CMO who edited this draft) and starts rescoring every
     * lead in the background. {@code expectedDraftVersion} is the draft the CMO reviewed.
     */
    @PreAuthorize("hasRole('" + Roles.CMO + "')")
    @Transactional
    public PublishedModel publish(long expectedDraftVersion, @Nullable String note) {
        Long locked = models.lockDraft();
        ScoringDraft draft = models.draft().orElseThrow(() -> new ScoringException("There is no draft to publish."));
        if (locked == null || locked != expectedDraftVersion) {
            throw new ScoringException("The draft changed after you reviewed it (now saved by " + draft.updatedBy()
                    + "). Review the current draft, then publish.");
        }
        String me = CurrentUser.nameOrSystem();
        if (draft.editors().contains(me)) {
            throw new ScoringException("You edited this draft, so someone else must publish it: a CMO who did not "
                    + "change it.");
        }
        if (draft.editors().isEmpty()) {
            throw new ScoringException("The draft has no changes since the last publication.");
        }
        List<ModelProblem> problems = problems(draft.model());
        if (!problems.isEmpty()) {
            throw new ScoringException("The draft cannot be published: " + problems.getFirst().message(), problems);
        }
        List<String> changes = models.live().map(l -> ModelDiff.between(l.model(), draft.model(),
                segments.references())).orElse(List.of("first model"));
        PublishedModel published = models.publish(draft.model(), me, String.join(", ", draft.editors()), null,
                blankToNull(note), clock.instant());
        audit.record("SCORING_MODEL_PUBLISHED", "Scoring model v" + published.versionNo(), String.join("; ", changes)
                + (note == null || note.isBlank() ? "" : " — note: " + note.strip()));
        rescoreAfterCommit("model v" + published.versionNo() + " published", me);
        return published;
    }

    /** Publishes an earlier model again, as a new version (CMO only), and rescores every lead. */
    @PreAuthorize("hasRole('" + Roles.CMO + "')")
    @Transactional
    public PublishedModel rollback(int toVersion, @Nullable String note) {
        PublishedModel earlier = models.published(toVersion)
                .orElseThrow(() -> new ScoringException("Model v" + toVersion + " does not exist."));
        models.lockDraft();
        String me = CurrentUser.nameOrSystem();
        PublishedModel published = models.publish(earlier.model(), me, earlier.draftedBy(), toVersion,
                blankToNull(note), clock.instant());
        audit.record("SCORING_MODEL_ROLLED_BACK", "Scoring model v" + published.versionNo(), "Restores v" + toVersion
                + (note == null || note.isBlank() ? "" : " — note: " + note.strip()));
        rescoreAfterCommit("rollback to v" + toVersion + " as v" + published.versionNo(), me);
        return published;
    }

    private void rescoreAfterCommit(String reason, String by) {
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        if (background) {
                            rescoring.submit(() -> writer.rescoreAll(reason, by));
                        } else {
                            writer.rescoreAll(reason, by);
                        }
                    }
                });
    }

    /** The latest full rescoring: when, with which model, how many leads, still running or failed. */
    @PreAuthorize(HAS_READER)
    public Optional<RescoringStatus> lastRescoring() {
        return jdbc.query("SELECT model_version, reason, started_at, finished_at, leads_scored, became_mql, failure "
                + "FROM scoring_run ORDER BY id DESC LIMIT 1", (rs, n) -> new RescoringStatus(rs.getInt(1),
                        rs.getString(2), ScoringModels.instant(rs.getObject(3, java.time.LocalDateTime.class)),
                        rs.getObject(4, java.time.LocalDateTime.class) == null ? null
                                : ScoringModels.instant(rs.getObject(4, java.time.LocalDateTime.class)),
                        (Long) rs.getObject(5, Long.class), (Long) rs.getObject(6, Long.class), rs.getString(7)))
                .stream().findFirst();
    }

    /**
     * The draft against the live model over every lead, both computed on the in-memory snapshot of the leads (at most
     * a few minutes old: {@link WhatIf#asOf}); writes nothing.
     */
    @PreAuthorize(HAS_READER)
    public WhatIf whatIf(ScoringModel draft) {
        List<ModelProblem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new ScoringException("The draft has problems: " + problems.getFirst().message(), problems);
        }
        LeadSnapshot snapshot = snapshots.get();
        return analysis.whatIf(draft, models.live().map(PublishedModel::model).orElse(null), snapshot,
                writer.context(snapshot.asOf));
    }

    /** Live model and draft on leads received in the window whose outcome is known; writes nothing. */
    @PreAuthorize(HAS_READER)
    public Backtest backtest(ScoringModel draft, LocalDate receivedFrom, LocalDate receivedTo) {
        if (receivedTo.isBefore(receivedFrom)) {
            throw new ScoringException("The window ends (" + receivedTo + ") before it starts (" + receivedFrom + ").");
        }
        List<ModelProblem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new ScoringException("The draft has problems: " + problems.getFirst().message(), problems);
        }
        PublishedModel live = models.live().orElseThrow(() -> new ScoringException("No model is live yet."));
        return analysis.backtest(live.model(), draft, writer.context(clock.instant()), receivedFrom, receivedTo);
    }

    /** Rescores every lead now (ADMIN or CMO), e.g. after market rates moved; returns at once. */
    @PreAuthorize(Roles.HAS_ADMIN_OR_CMO)
    public void rescoreNow() {
        String me = CurrentUser.nameOrSystem();
        rescoring.submit(() -> writer.rescoreAll("requested by " + me, me));
    }

    /** Names of what fit conditions refer to (sources, loan officers), for the editor's summaries. */
    @PreAuthorize(HAS_READER)
    public RuleReferences references() {
        return segments.references();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
