package com.porchlight.scoring.ui;

import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Notifications;
import com.porchlight.scoring.Backtest;
import com.porchlight.scoring.PublishedModel;
import com.porchlight.scoring.RescoringStatus;
import com.porchlight.scoring.ScoringDraft;
import com.porchlight.scoring.ScoringException;
import com.porchlight.scoring.ScoringModel;
import com.porchlight.scoring.ScoringService;
import com.porchlight.scoring.WhatIf;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import com.porchlight.segment.SegmentService;
import com.porchlight.segment.rule.RuleSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Lead scoring: the live model and its last rescoring; the shared draft in an editor whose what-if follows every
 * edit; the backtest; publishing (a CMO who did not edit the draft) and the history of published models with rollback.
 * Marketers and CMOs edit; administrators and compliance officers read. Every action is checked again by
 * {@link ScoringService}: what this screen hides or disables is a courtesy.
 */
@Route("scoring")
@PageTitle("Lead scoring")
@Menu(order = 8, icon = "vaadin:scale", title = "Lead scoring")
@RolesAllowed({Roles.ADMIN, Roles.CMO, Roles.MARKETER, Roles.COMPLIANCE})
@StyleSheet("segments.css")
@StyleSheet("scoring.css")
class ScoringView extends Div {

    /** How long the draft must stay unchanged before the what-if runs: a burst of edits costs one query. */
    static final Duration WHAT_IF_PAUSE = Duration.ofMillis(500);

    /** A published model with what it changed against the one before it. */
    record HistoryEntry(PublishedModel model, List<String> changes, boolean live) {
    }

    private final ScoringService scoring;
    private final SegmentService segments;
    private final Clock clock;
    private final Div liveCard = new Div();
    private final Span rescoring = new Span();
    private final Div draftMeta = new Div();
    private final Span saveState = new Span();
    private final Div conflict = new Div();
    private final Div publishArea = new Div();
    private final Span publishReason = new Span();
    private final Div editorSlot = new Div();
    private final WhatIfPanel whatIf = new WhatIfPanel();
    private final BacktestPanel backtest;
    private final Grid<HistoryEntry> history = new Grid<>();
    private final Tab historyTab = new Tab("History");
    private final Tabs tabs = new Tabs(new Tab("Draft and what-if"), new Tab("Backtest"), historyTab);
    private final boolean mayEdit;
    private final boolean mayPublish;
    private final RuleSummary summary;
    private @Nullable PublishedModel live;
    private @Nullable ScoringDraft draft;
    private @Nullable DraftEditor editor;
    private @Nullable BackgroundTask<WhatIf> whatIfTask;
    private @Nullable BackgroundTask<Backtest> backtestTask;
    private @Nullable Registration polling;
    private @Nullable Instant rescoreAskedAt;
    private boolean dirty;

    ScoringView(ScoringService scoring, SegmentService segments, Clock clock) {
        this.scoring = scoring;
        this.segments = segments;
        this.clock = clock;
        // Courtesies: the service checks each role itself.
        this.mayEdit = CurrentUser.hasAnyRole(Roles.CMO, Roles.MARKETER);
        this.mayPublish = CurrentUser.hasAnyRole(Roles.CMO);
        this.summary = new RuleSummary(scoring.references());
        addClassNames("pl-page", "pl-scoring");

        liveCard.addClassNames("pl-score-card", "pl-score-live");
        liveCard.setId("scoring-live");
        rescoring.setId("scoring-rescoring");
        rescoring.addClassName("pl-score-rescoring");
        draftMeta.setId("scoring-draft-meta");
        draftMeta.addClassName("pl-score-draft-meta");
        saveState.setId("scoring-save-state");
        saveState.addClassName("pl-seg-save-state");
        conflict.addClassName("pl-seg-banner");
        conflict.setVisible(false);
        publishArea.addClassName("pl-score-publish");
        publishReason.addClassName("pl-score-publish-reason");
        publishReason.setId("scoring-publish-reason");
        backtest = new BacktestPanel(LocalDate.now(clock.withZone(ZoneOffset.UTC)), this::runBacktest);
        configureHistory();

        var draftBar = new Div(new Div(draftMeta, publishReason, saveState), actions());
        draftBar.addClassName("pl-score-draft-bar");
        var editorColumn = new Div(draftBar, conflict, editorSlot);
        editorColumn.addClassName("pl-score-editor-column");
        var whatIfColumn = new Div(whatIf);
        whatIfColumn.addClassName("pl-score-whatif-column");
        var columns = new Div(editorColumn, whatIfColumn);
        columns.addClassName("pl-score-columns");
        var draftTab = new Div();
        if (!mayEdit) {
            var note = new Div(new Icon(VaadinIcon.EYE), new Span("Read only: your role can see the scoring model, "
                    + "its what-if, backtest and history, but not change, publish or roll back a model."));
            note.addClassName("pl-seg-banner");
            note.setId("scoring-read-only");
            draftTab.add(note);
        }
        draftTab.add(columns);
        var historyCard = new Div(history);
        historyCard.addClassNames("pl-score-card", "pl-score-history");

        // Plain tabs over pages that stay attached: a tab sheet scrolls its content in a box of its own, which
        // would keep the draft's bar and the what-if from staying in view while the page scrolls.
        List<Component> pages = List.of(draftTab, backtest, historyCard);
        tabs.addClassName("pl-score-tabs");
        tabs.addSelectedChangeListener(e -> {
            for (int i = 0; i < pages.size(); i++) {
                pages.get(i).setVisible(i == tabs.getSelectedIndex());
            }
        });
        add(liveCard, tabs);
        pages.forEach(this::add);
        backtest.setVisible(false);
        historyCard.setVisible(false);

        loadAll();
    }

    // ---- loading -------------------------------------------------------------------------------------------------

    /** Reads everything again: live model, rescoring, draft (discarding edits on screen) and history. */
    private void loadAll() {
        live = scoring.live().orElse(null);
        showLive();
        loadDraft();
        loadHistory();
    }

    private void loadDraft() {
        try {
            draft = scoring.draft();
        } catch (ScoringException e) {
            draft = null;
            editorSlot.removeAll();
            editorSlot.add(new Span(e.getMessage()));
            return;
        }
        editor = new DraftEditor(draft.model(), !mayEdit, segments.leadSources(), segments.loanOfficers(), summary,
                this::edited);
        editorSlot.removeAll();
        editorSlot.add(editor);
        dirty = false;
        conflict.setVisible(false);
        saveState.setText("");
        saveState.removeClassName("pl-seg-error");
        showDraftMeta();
        showPublishState();
        backtest.liveName(live == null ? "Live model" : "Live v" + live.versionNo());
        backtest.stale();
        analyse();
    }

    private void showLive() {
        liveCard.removeAll();
        if (live == null) {
            liveCard.add(new Span("No scoring model is live yet."));
            return;
        }
        PublishedModel m = live;
        var title = new Span("Live model v" + m.versionNo());
        title.addClassName("pl-score-live-title");
        var head = new Div(new Icon(VaadinIcon.SCALE), title);
        head.addClassName("pl-score-live-head");
        if (m.rollbackOf() != null) {
            var badge = new Badge("rollback to v" + m.rollbackOf());
            badge.addThemeVariants(BadgeVariant.SMALL, BadgeVariant.CONTRAST);
            head.add(badge);
        }
        ScoringModel model = m.model();
        var settings = new Span("MQL at " + model.mqlThreshold() + " · intent decays "
                + model.decayPercentPerQuarter().stripTrailingZeros().toPlainString() + " % per quarter"
                + (model.decayFit() ? ", fit too" : ", fit does not") + " · " + model.fitRules().size()
                + " fit and " + model.intentRules().size() + " intent rules");
        settings.addClassName("pl-score-live-settings");
        head.add(settings);
        var meta = new Span("Published " + Formats.MINUTE.format(m.publishedAt()) + " by " + m.publishedBy()
                + " · drafted by " + m.draftedBy() + (m.note() == null ? "" : " · \u201c" + m.note() + "\u201d"));
        meta.addClassName("pl-muted");
        var text = new Div(head, meta, rescoring);
        text.addClassName("pl-score-live-text");
        liveCard.add(text);
        if (CurrentUser.hasAnyRole(Roles.ADMIN, Roles.CMO)) {
            var rescore = new Button("Rescore now", new Icon(VaadinIcon.REFRESH), e -> rescoreNow());
            rescore.setTooltipText("Rescores every lead with the live model now (it also runs hourly and after "
                    + "each publication)");
            liveCard.add(rescore);
        }
        showRescoring();
    }

    private void showRescoring() {
        Optional<RescoringStatus> last = scoring.lastRescoring();
        rescoring.removeClassName("pl-seg-error");
        if (last.isEmpty()) {
            rescoring.setText("No full rescoring has run yet.");
            return;
        }
        RescoringStatus s = last.get();
        boolean running = s.finishedAt() == null && s.failure() == null;
        if (s.failure() != null) {
            rescoring.setText("The last full rescoring (v" + s.modelVersion() + ", " + s.reason() + ", started "
                    + Formats.MINUTE.format(s.startedAt()) + ") failed: " + s.failure());
            rescoring.addClassName("pl-seg-error");
        } else if (running) {
            rescoring.setText("Rescoring every lead with v" + s.modelVersion() + " (" + s.reason() + ") since "
                    + Formats.SECOND.format(s.startedAt()) + "…");
        } else {
            long ms = Duration.between(s.startedAt(), s.finishedAt()).toMillis();
            rescoring.setText("Last full rescoring: " + WhatIfPanel.number(s.leadsScored() == null ? 0
                    : s.leadsScored()) + " leads with v" + s.modelVersion() + " in " + String.format(Locale.US,
                    "%.1f s", ms / 1000.0) + ", finished " + Formats.MINUTE.format(s.finishedAt()) + " ("
                    + s.reason() + ")" + (s.becameMql() == null ? "" : " · " + WhatIfPanel.number(s.becameMql())
                    + " became MQL"));
        }
        boolean waiting = rescoreAskedAt != null && (running || s.startedAt().isBefore(rescoreAskedAt));
        if (!running && !waiting) {
            rescoreAskedAt = null;
        }
        poll(running || waiting);
    }

    /** Polls while a rescoring runs, so its end shows without a reload. */
    private void poll(boolean on) {
        getUI().ifPresent(ui -> ui.setPollInterval(on ? 2000 : -1));
    }

    private void rescoreNow() {
        try {
            scoring.rescoreNow();
        } catch (ScoringException e) {
            Notifications.error(e.getMessage());
            return;
        }
        rescoreAskedAt = clock.instant().minusSeconds(1);
        Notifications.success("Rescoring every lead in the background; this line shows when it is done.");
        showRescoring();
    }

    private void showDraftMeta() {
        draftMeta.removeAll();
        if (draft == null) {
            return;
        }
        ScoringDraft d = draft;
        var title = new Span("Draft" + (d.basedOnVersion() == null ? "" : ", based on v" + d.basedOnVersion()));
        title.addClassName("pl-score-draft-title");
        title.getElement().setAttribute("title", "Last saved " + Formats.MINUTE.format(d.updatedAt()) + " by "
                + d.updatedBy());
        var editors = new Span(d.editors().isEmpty() ? "no saved changes since it was published"
                : "edited by " + String.join(", ", d.editors()));
        editors.setId("scoring-draft-editors");
        var details = new Div(editors);
        details.addClassName("pl-score-draft-details");
        draftMeta.add(title, details);
    }

    private Component actions() {
        var bar = new Div();
        bar.addClassName("pl-seg-actions");
        if (!mayEdit) {
            return bar;
        }
        var reload = new Button(new Icon(VaadinIcon.ROTATE_LEFT), e -> reloadDraft());
        reload.setAriaLabel("Reload the saved draft");
        reload.setTooltipText("Reload the saved draft (unsaved changes on screen are discarded)");
        var save = new Button("Save draft", new Icon(VaadinIcon.CHECK), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("scoring-save");
        bar.add(reload, save, publishArea);
        return bar;
    }

    private void reloadDraft() {
        loadDraft();
        Notifications.success("The saved draft is on screen again.");
    }

    // ---- editing and what-if ---------------------------------------------------------------------------------------

    private void edited() {
        dirty = true;
        saveState.setText("Unsaved changes");
        saveState.removeClassName("pl-seg-error");
        showPublishState();
        backtest.stale();
        analyse();
    }

    /** Problems next to their rules, and a new what-if when there are none. */
    private void analyse() {
        if (editor == null) {
            return;
        }
        DraftEditor.Reading reading = editor.read();
        ScoringModel model = reading.model();
        int shown = editor.showProblems(scoring.problems(model));
        if (!reading.missing().isEmpty() || shown > 0) {
            blocked(reading.missing().size() + shown);
            return;
        }
        whatIf.thresholds(live == null ? model.mqlThreshold() : live.model().mqlThreshold(), model.mqlThreshold());
        if (whatIfTask != null) {
            whatIfTask.request(() -> scoring.whatIf(model));
        }
    }

    private void blocked(int problems) {
        if (whatIfTask != null) {
            whatIfTask.stop();
        }
        whatIf.blocked(problems == 1 ? "Fix the problem in the draft to see what it would change."
                : "Fix the " + problems + " problems in the draft to see what they would change.");
    }

    /** Starts the waiting what-if at once (tests: no pause); completes once its result is queued for the screen. */
    CompletableFuture<?> whatIfNow() {
        return whatIfTask == null ? CompletableFuture.completedFuture(null) : whatIfTask.startNow();
    }

    /** The backtest's running task (tests wait for it); completes once its result is queued for the screen. */
    CompletableFuture<?> backtestNow() {
        return backtestTask == null ? CompletableFuture.completedFuture(null) : backtestTask.startNow();
    }

    private void runBacktest(LocalDate from, LocalDate to) {
        if (editor == null || backtestTask == null) {
            return;
        }
        DraftEditor.Reading reading = editor.read();
        int shown = editor.showProblems(scoring.problems(reading.model()));
        if (!reading.missing().isEmpty() || shown > 0) {
            backtest.failed("The draft on screen has problems: fix them in the editor, then run the backtest.");
            return;
        }
        ScoringModel m = reading.model();
        backtestTask.request(() -> scoring.backtest(m, from, to));
    }

    // ---- saving and publishing -------------------------------------------------------------------------------------

    private void save() {
        if (editor == null || draft == null) {
            return;
        }
        DraftEditor.Reading reading = editor.read();
        if (!reading.missing().isEmpty()) {
            // The service's problems are shown too, so all of them can be fixed in one go.
            editor.showProblems(scoring.problems(reading.model()));
            saveFailed("Not saved: " + reading.missing().getFirst());
            return;
        }
        saveModel(reading.model(), draft.version());
    }

    private void saveModel(ScoringModel model, long version) {
        try {
            draft = scoring.saveDraft(model, version);
        } catch (ScoringException e) {
            if (editor != null) {
                editor.showProblems(e.problems());
            }
            saveFailed(e.getMessage());
            if (e.problems().isEmpty()) {
                showConflict(e.getMessage(), model);
            }
            return;
        }
        dirty = false;
        conflict.setVisible(false);
        saveState.setText("Saved");
        showDraftMeta();
        showPublishState();
        Notifications.success(mayPublish ? "Draft saved. Another CMO, who did not edit it, can publish it."
                : "Draft saved. A CMO can now review the what-if and publish it.");
    }

    private void saveFailed(String message) {
        saveState.setText(message);
        saveState.addClassName("pl-seg-error");
    }

    /** Someone saved first: nothing was written, the edits stay, and the person chooses what happens next. */
    private void showConflict(String message, ScoringModel mine) {
        conflict.removeAll();
        var load = new Button("Load their draft", e -> reloadDraft());
        load.setTooltipText("Discards your changes on screen");
        var overwrite = new Button("Save mine over it", e -> {
            ScoringDraft now = scoring.draft();
            saveModel(mine, now.version());
        });
        overwrite.setTooltipText("Replaces the draft saved meanwhile with what is on your screen");
        overwrite.addThemeVariants(ButtonVariant.ERROR);
        conflict.add(new Icon(VaadinIcon.WARNING), new Span(message), load, overwrite);
        conflict.setVisible(true);
    }

    private void showPublishState() {
        publishArea.removeAll();
        publishReason.setText("");
        if (!mayEdit || draft == null) {
            return;
        }
        if (!mayPublish) {
            publishReason.setText("A CMO who did not edit the draft publishes it.");
            return;
        }
        String me = CurrentUser.nameOrSystem();
        String reason = dirty ? "Save or reload your changes first: publishing publishes the saved draft."
                : draft.editors().contains(me) ? "You edited this draft, so someone else must publish it: a CMO "
                        + "who did not change it."
                : draft.editors().isEmpty() ? "Nothing to publish: the draft has no changes since v"
                        + draft.basedOnVersion() + "."
                : null;
        var publish = new Button("Publish…", new Icon(VaadinIcon.UPLOAD_ALT), e -> openPublish());
        publish.addThemeVariants(ButtonVariant.SUCCESS, ButtonVariant.PRIMARY);
        publish.setId("scoring-publish");
        publish.setEnabled(reason == null);
        publishArea.add(publish);
        if (reason != null) {
            publishReason.setText(reason);
        }
    }

    private void openPublish() {
        if (draft == null) {
            return;
        }
        ScoringDraft reviewed = draft;
        List<String> changes = live == null ? List.of("First model") : scoring.diff(live.model(), reviewed.model());
        int next = live == null ? 1 : live.versionNo() + 1;
        new ChangesDialog("Publish the draft as v" + next + "?", "Drafted by " + String.join(", ",
                reviewed.editors()) + ". Every lead is rescored in the background once it is published; leads that"
                + " reach the threshold become MQL and go to a loan officer. Changes against the live model:",
                changes, "Publish v" + next, note -> {
                    try {
                        PublishedModel p = scoring.publish(reviewed.version(), note);
                        Notifications.success("Published v" + p.versionNo() + ". Every lead is being rescored.");
                        rescoreAskedAt = p.publishedAt().minusSeconds(1);
                        loadAll();
                        return null;
                    } catch (ScoringException e) {
                        return e.getMessage();
                    }
                }).open();
    }

    // ---- history ---------------------------------------------------------------------------------------------------

    private void configureHistory() {
        history.addComponentColumn(e -> {
            var v = new Span("v" + e.model().versionNo());
            v.addClassName("pl-score-version");
            var cell = new Div(v);
            if (e.live()) {
                var badge = new Badge("live");
                badge.addThemeVariants(BadgeVariant.SMALL, BadgeVariant.SUCCESS);
                cell.add(badge);
            }
            return cell;
        }).setHeader("Version").setKey("version").setWidth("6rem").setFlexGrow(0);
        history.addColumn(e -> Formats.MINUTE.format(e.model().publishedAt())).setHeader("Published")
                .setKey("published").setWidth("8.5rem").setFlexGrow(0);
        history.addComponentColumn(e -> {
            var by = new Div(new Span(e.model().publishedBy()));
            var drafted = new Span("drafted by " + e.model().draftedBy());
            drafted.addClassName("pl-muted");
            by.add(drafted);
            by.addClassName("pl-score-changes");
            return by;
        }).setHeader("Published by").setKey("by").setWidth("15rem").setFlexGrow(0);
        history.addComponentColumn(e -> {
            var cell = new Div();
            cell.addClassName("pl-score-changes");
            if (e.model().rollbackOf() != null) {
                cell.add(line("Rollback to v" + e.model().rollbackOf()));
            }
            if (e.model().note() != null) {
                var note = line("\u201c" + e.model().note() + "\u201d");
                note.addClassName("pl-score-note");
                cell.add(note);
            }
            e.changes().forEach(c -> cell.add(line(c)));
            return cell;
        }).setHeader("Note and changes against the version before").setKey("changes").setFlexGrow(1)
                .setWidth("16rem");
        if (mayPublish) {
            history.addComponentColumn(e -> {
                if (e.live()) {
                    return new Span();
                }
                var back = new Button("Roll back to this", new Icon(VaadinIcon.ROTATE_LEFT),
                        click -> openRollback(e.model()));
                back.addThemeVariants(ButtonVariant.SMALL);
                back.setTooltipText("Publishes v" + e.model().versionNo() + "'s rules again as a new version");
                return back;
            }).setHeader("").setKey("rollback").setWidth("11.5rem").setFlexGrow(0);
        }
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        history.setAllRowsVisible(true);
        history.addClassNames("pl-grid", "pl-score-history-grid");
        history.setId("scoring-history");
        history.setEmptyStateText("No model has been published yet.");
    }

    private static Div line(String text) {
        var d = new Div(text);
        d.addClassName("pl-score-change");
        return d;
    }

    private void loadHistory() {
        List<PublishedModel> all = scoring.history();
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            PublishedModel m = all.get(i);
            List<String> changes = i + 1 < all.size() ? scoring.diff(all.get(i + 1).model(), m.model())
                    : List.of("The first model");
            if (changes.isEmpty()) {
                changes = List.of("Same rules and settings as v" + all.get(i + 1).versionNo());
            }
            entries.add(new HistoryEntry(m, changes, i == 0));
        }
        history.setItems(entries);
        historyTab.setLabel("History (" + all.size() + ")");
    }

    private void openRollback(PublishedModel target) {
        if (live == null) {
            return;
        }
        List<String> changes = scoring.diff(live.model(), target.model());
        int next = live.versionNo() + 1;
        new ChangesDialog("Roll back to v" + target.versionNo() + "?", "v" + target.versionNo() + "'s rules and "
                + "settings are published again as v" + next + " (history keeps every version) and every lead is "
                + "rescored. The draft restarts from it: unsaved edits on this screen are discarded. Changes "
                + "against the live model:", changes, "Roll back to v" + target.versionNo(), note -> {
                    try {
                        PublishedModel p = scoring.rollback(target.versionNo(), note);
                        Notifications.success("Rolled back: v" + p.versionNo() + " restores v" + target.versionNo()
                                + ". Every lead is being rescored.");
                        rescoreAskedAt = p.publishedAt().minusSeconds(1);
                        loadAll();
                        return null;
                    } catch (ScoringException e) {
                        return e.getMessage();
                    }
                }).open();
    }

    // ---- life cycle ------------------------------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        whatIfTask = new BackgroundTask<>(ui, WHAT_IF_PAUSE, whatIf);
        backtestTask = new BackgroundTask<>(ui, Duration.ZERO, backtest);
        polling = ui.addPollListener(e -> showRescoring());
        analyse();
        showRescoring();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (whatIfTask != null) {
            whatIfTask.stop();
            whatIfTask = null;
        }
        if (backtestTask != null) {
            backtestTask.stop();
            backtestTask = null;
        }
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    // ---- for tests -------------------------------------------------------------------------------------------------

    @Nullable DraftEditor editor() {
        return editor;
    }

    WhatIfPanel whatIfPanel() {
        return whatIf;
    }

    BacktestPanel backtestPanel() {
        return backtest;
    }

    Tabs tabs() {
        return tabs;
    }
}
