package com.porchlight.scoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.porchlight.KaribuTest;
import com.porchlight.base.ui.AccessDeniedView;
import com.porchlight.lead.EventType;
import com.porchlight.scoring.PublishedModel;
import com.porchlight.scoring.ScoringDraft;
import com.porchlight.scoring.ScoringModel;
import com.porchlight.scoring.ScoringService;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The lead-scoring screen as marketers, CMOs, compliance officers and loan officers meet it. Publishing changes the
 * live model every later test sees, so the test that publishes rolls back to the model it found.
 */
class ScoringViewTest extends KaribuTest {

    @Autowired
    ScoringService scoring;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static ScoringView view() {
        return (ScoringView) UI.getCurrent().getCurrentView();
    }

    private static DraftEditor editor() {
        DraftEditor editor = view().editor();
        assertThat(editor).as("the draft is on screen").isNotNull();
        return editor;
    }

    /** Lets the waiting what-if run now, waits for its result and applies what it pushed to the screen. */
    private static void awaitWhatIf() throws Exception {
        view().whatIfNow().get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    /** The draft's MQL count from "412 MQLs now → 380 with the draft (−32)". */
    private static long draftMqls() {
        Matcher m = Pattern.compile("→ ([\\d,]+) with the draft").matcher(text("whatif-mql"));
        assertThat(m.find()).as("what-if shows the draft's MQLs: %s", text("whatif-mql")).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static FitRuleCard fitRule(String name) {
        return editor().fitCards().stream().filter(c -> c.name.getValue().equals(name)).findFirst().orElseThrow();
    }

    private static IntentRuleRow intentRule(EventType type) {
        return editor().intentRows().stream().filter(r -> r.eventType.getValue() == type).findFirst().orElseThrow();
    }

    private static boolean aria(Object c, String label) {
        return c instanceof HasAriaLabel a && a.getAriaLabel().filter(label::equals).isPresent();
    }

    private static String problems(com.vaadin.flow.component.Component in) {
        return _find(in, Div.class, spec -> spec.withClasses("pl-seg-problem")).stream()
                .map(d -> d.getElement().getTextRecursively()).collect(Collectors.joining(" | "));
    }

    private ScoringDraft draftAs(String email) {
        authenticateAs(email);
        try {
            return scoring.draft();
        } finally {
            logout();
        }
    }

    private void saveDraftAs(String email, ScoringModel model) {
        authenticateAs(email);
        try {
            scoring.saveDraft(model, scoring.draft().version());
        } finally {
            logout();
        }
    }

    /** The history tab's grid (the tab is opened first: only the open tab's content is on screen). */
    @SuppressWarnings("unchecked")
    private static Grid<ScoringView.HistoryEntry> history() {
        view().tabs().setSelectedIndex(2);
        return _get(Grid.class, spec -> spec.withId("scoring-history"));
    }

    // ---- what-if ---------------------------------------------------------------------------------------------------

    @Test
    void raising_a_weight_updates_the_what_if_without_saving_anything() throws Exception {
        ScoringDraft before = draftAs(MARKETER);
        login(MARKETER);
        UI.getCurrent().navigate("scoring");
        assertThat(text("whatif-state")).isEqualTo("updating…");
        awaitWhatIf();
        long mqls = draftMqls();
        assertThat(text("whatif-state")).startsWith("Over all ").contains("nothing written");
        assertThat(view().whatIfPanel().chart().markup()).contains("Live model", "Draft", "Total score");

        FitRuleCard excellent = fitRule("Credit excellent (740+)");
        _setValue(excellent.points, 60);
        assertThat(text("whatif-state")).isEqualTo("updating…");
        assertThat(text("scoring-save-state")).isEqualTo("Unsaved changes");
        awaitWhatIf();
        assertThat(draftMqls()).as("40 more points for excellent credit make more MQLs").isGreaterThan(mqls);
        assertThat(text("whatif-moves")).matches("[\\d,]+ would become MQL · [\\d,]+ would stop being MQL");
        assertThat(text("whatif-moves")).doesNotStartWith("0 would become");

        @SuppressWarnings("unchecked")
        Grid<com.porchlight.scoring.WhatIf.ChangedLead> sample = _get(Grid.class, spec -> spec.withId("whatif-sample"));
        assertThat(GridKt._size(sample)).isPositive();
        var first = GridKt._get(sample, 0);
        assertThat(first.entering()).isTrue();
        assertThat(((Anchor) GridKt._getCellComponent(sample, 0, "name")).getHref()).isEqualTo("leads/" + first.id());

        // A newer edit supersedes the older one: only the threshold's result is shown.
        _setValue(excellent.points, 20);
        _setValue(editor().threshold, 100);
        awaitWhatIf();
        assertThat(draftMqls()).isLessThan(mqls);
        assertThat(view().whatIfPanel().chart().markup()).contains("Draft MQL ≥ 100");

        ScoringDraft after = draftAs(MARKETER);
        assertThat(after.version()).as("what-if writes nothing").isEqualTo(before.version());
        assertThat(after.model()).isEqualTo(before.model());
    }

    @Test
    void invalid_values_show_their_messages_next_to_the_field_and_nothing_is_saved() throws Exception {
        ScoringDraft before = draftAs(MARKETER);
        login(MARKETER);
        UI.getCurrent().navigate("scoring");

        _setValue(editor().threshold, 0);
        assertThat(editor().threshold.isInvalid()).isTrue();
        assertThat(problems(editor())).isEqualTo("The MQL threshold must be between 1 and 100 (got 0).");
        assertThat(text("whatif-state")).isEqualTo("Fix the problem in the draft to see what it would change.");

        IntentRuleRow quote = intentRule(EventType.RATE_QUOTE);
        _setValue(quote.cap, 5);
        assertThat(quote.cap.isInvalid()).isTrue();
        assertThat(problems(quote)).isEqualTo("Rate quote: the cap must be at least the points of one event and at "
                + "most 200 (got 5).");
        _setValue(quote.window, null);
        assertThat(problems(quote)).contains("Rate quote: enter the look-back window in whole days.");

        _click(_get(Button.class, spec -> spec.withText("Fit rule")));
        FitRuleCard added = editor().fitCards().getLast();
        assertThat(added.name.isInvalid()).isTrue();
        assertThat(added.name.getErrorMessage()).isEqualTo("Give the fit rule a name.");
        assertThat(added.isOpen()).as("a new rule's condition opens in the rule builder").isTrue();

        _click(_get(Button.class, spec -> spec.withId("scoring-save")));
        assertThat(text("scoring-save-state")).isEqualTo("Not saved: Rate quote: enter the look-back window in "
                + "whole days.");
        _setValue(quote.window, 90);
        _click(_get(Button.class, spec -> spec.withId("scoring-save")));
        assertThat(text("scoring-save-state")).startsWith("Not saved: ");
        assertThat(editor().threshold.isInvalid()).isTrue();
        assertThat(problems(editor())).contains("The MQL threshold must be between 1 and 100 (got 0).");
        assertThat(added.name.getErrorMessage()).isEqualTo("Give the fit rule a name.");

        ScoringDraft after = draftAs(MARKETER);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.model()).isEqualTo(before.model());
        assertThat(after.model().mqlThreshold()).isBetween(1, 100);
    }

    // ---- saving and publishing -------------------------------------------------------------------------------------

    @Test
    void a_marketer_saves_the_draft_but_has_no_publish_action() throws Exception {
        ScoringModel original = draftAs(MARKETER).model();
        login(MARKETER);
        UI.getCurrent().navigate("scoring");
        int threshold = original.mqlThreshold() == 100 ? 99 : original.mqlThreshold() + 1;
        _setValue(editor().threshold, threshold);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Fit decays too")), !original.decayFit());
        _click(_get(Button.class, spec -> spec.withId("scoring-save")));

        assertThat(text("scoring-save-state")).isEqualTo("Saved");
        assertThat(text("scoring-draft-editors")).contains(MARKETER);
        ScoringDraft saved = draftAs(MARKETER);
        assertThat(saved.model().mqlThreshold()).isEqualTo(threshold);
        assertThat(saved.model().decayFit()).isEqualTo(!original.decayFit());
        assertThat(saved.editors()).contains(MARKETER);

        assertThat(_find(Button.class, spec -> spec.withId("scoring-publish"))).isEmpty();
        assertThat(text("scoring-publish-reason")).isEqualTo("A CMO who did not edit the draft publishes it.");
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> scoring.publish(saved.version(), null)).isInstanceOf(AccessDeniedException.class);
        logout();

        saveDraftAs(MARKETER, original);
    }

    @Test
    void a_cmo_who_edited_the_draft_is_told_someone_else_must_publish_it() {
        ScoringModel original = draftAs(CMO).model();
        login(CMO);
        UI.getCurrent().navigate("scoring");
        _setValue(intentRule(EventType.EMAIL_OPEN).points, 2);
        Button publish = _get(Button.class, spec -> spec.withId("scoring-publish"));
        assertThat(publish.isEnabled()).isFalse();
        assertThat(text("scoring-publish-reason")).startsWith("Save or reload your changes first");

        _click(_get(Button.class, spec -> spec.withId("scoring-save")));
        publish = _get(Button.class, spec -> spec.withId("scoring-publish"));
        assertThat(publish.isEnabled()).isFalse();
        assertThat(text("scoring-publish-reason")).isEqualTo("You edited this draft, so someone else must publish "
                + "it: a CMO who did not change it.");
        saveDraftAs(MARKETER, original);
    }

    @Test
    void a_cmo_who_did_not_edit_publishes_then_rolls_back_each_a_new_version_in_the_history() throws Exception {
        String reviewer = createUser("scoring-cmo", "Reviewing CMO", "reviewing-cmo-password", Roles.CMO);
        authenticateAs(CMO);
        PublishedModel found = scoring.live().orElseThrow();
        logout();
        ScoringModel draft = found.model().withThreshold(found.model().mqlThreshold() == 100 ? 99
                : found.model().mqlThreshold() + 1);
        saveDraftAs(MARKETER, draft);

        login(reviewer);
        UI.getCurrent().navigate("scoring");
        assertThat(_get(Div.class, spec -> spec.withId("scoring-live")).getElement().getTextRecursively())
                .contains("Live model v" + found.versionNo());
        _click(_get(Button.class, spec -> spec.withId("scoring-publish")));
        ChangesDialog dialog = _get(ChangesDialog.class);
        assertThat(_find(dialog, ListItem.class).stream().map(ListItem::getText).toList())
                .containsExactly("MQL threshold: " + found.model().mqlThreshold() + " → " + draft.mqlThreshold());
        _setValue(dialog.note, "Stricter after the what-if review");
        _click(dialog.confirm);

        int published = found.versionNo() + 1;
        assertThat(_find(ChangesDialog.class)).as("the dialog closes").isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("scoring-live")).getElement().getTextRecursively())
                .contains("Live model v" + published, "Stricter after the what-if review");
        assertThat(text("scoring-draft-editors")).isEqualTo("no saved changes since it was published");
        var top = GridKt._get(history(), 0);
        assertThat(top.model().versionNo()).isEqualTo(published);
        assertThat(top.model().publishedBy()).isEqualTo(reviewer);
        assertThat(top.model().draftedBy()).contains(MARKETER);
        assertThat(top.live()).isTrue();
        assertThat(top.changes()).containsExactly("MQL threshold: " + found.model().mqlThreshold() + " → "
                + draft.mqlThreshold());

        // Roll back to the model this test found: a new version with the old content.
        var row = GridKt._get(history(), 1);
        assertThat(row.model().versionNo()).isEqualTo(found.versionNo());
        _click((Button) GridKt._getCellComponent(history(), 1, "rollback"));
        ChangesDialog rollback = _get(ChangesDialog.class);
        assertThat(_find(rollback, ListItem.class).stream().map(ListItem::getText).toList())
                .containsExactly("MQL threshold: " + draft.mqlThreshold() + " → " + found.model().mqlThreshold());
        _setValue(rollback.note, "Back to the earlier threshold");
        _click(rollback.confirm);

        authenticateAs(CMO);
        PublishedModel now = scoring.live().orElseThrow();
        logout();
        assertThat(now.versionNo()).isEqualTo(published + 1);
        assertThat(now.rollbackOf()).isEqualTo(found.versionNo());
        assertThat(now.model()).isEqualTo(found.model());
        var newest = GridKt._get(history(), 0);
        assertThat(newest.model().versionNo()).isEqualTo(published + 1);
        assertThat(newest.changes()).containsExactly("MQL threshold: " + draft.mqlThreshold() + " → "
                + found.model().mqlThreshold());
        assertThat(_get(Div.class, spec -> spec.withId("scoring-live")).getElement().getTextRecursively())
                .contains("Live model v" + (published + 1), "rollback to v" + found.versionNo());
        awaitRescoring(published + 1);
    }

    /** Later tests read stored scores: the rescoring a publication starts in the background must be over. */
    private void awaitRescoring(int version) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String sql = "SELECT COUNT(*) FROM scoring_run WHERE model_version = ? AND finished_at IS NOT NULL";
        while (jdbc.queryForObject(sql, Long.class, version) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject(sql, Long.class, version)).as("rescoring with v%s finished", version)
                .isPositive();
    }

    // ---- backtest --------------------------------------------------------------------------------------------------

    @Test
    void the_backtest_shows_capture_precision_and_roc_curves_for_live_and_draft() throws Exception {
        login(CMO);
        UI.getCurrent().navigate("scoring");
        view().tabs().setSelectedIndex(1);
        BacktestPanel panel = view().backtestPanel();
        assertThat(panel.window.getValue()).isEqualTo(BacktestPanel.Window.MONTHS_12);
        assertThat(panel.to.getValue()).isEqualTo(panel.from.getValue().plusMonths(12));
        _setValue(panel.from, LocalDate.of(2000, 1, 1));
        assertThat(panel.window.getValue()).isEqualTo(BacktestPanel.Window.CUSTOM);
        _click(panel.run);
        assertThat(text("backtest-state")).startsWith("running");
        view().backtestNow().get(120, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();

        assertThat(text("backtest-state")).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("backtest-outcomes"))
                .getText()).matches("[\\d,]+ funded and [\\d,]+ lost leads received 2000-01-01 to .*");
        Grid<BacktestPanel.Row> results = panel.results();
        assertThat(GridKt._size(results)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(results, 0).getFirst()).startsWith("Live v");
        assertThat(GridKt._getFormattedRow(results, 1).getFirst()).isEqualTo("Draft");
        String share = "\\d+\\.\\d % \\([\\d,]+ of [\\d,]+\\)";
        for (int row = 0; row < 2; row++) {
            assertThat(GridKt._getFormatted(results, row, "capture")).matches(share);
            assertThat(GridKt._getFormatted(results, row, "precision")).matches(share);
            assertThat(GridKt._getFormatted(results, row, "auc")).matches("0\\.\\d{3}|1\\.000");
        }
        String roc = panel.roc().markup();
        assertThat(roc).contains("Draft (AUC", "Chance", "(this model&#39;s threshold)", "False positive rate");
        assertThat(Pattern.compile("<path ").matcher(roc).results().count()).as("live, draft and the diagonal")
                .isEqualTo(3);

        view().tabs().setSelectedIndex(0);
        _setValue(editor().threshold, 90);
        view().tabs().setSelectedIndex(1);
        assertThat(text("backtest-state")).isEqualTo("The draft changed since this backtest: run it again to "
                + "compare.");
    }

    // ---- roles -----------------------------------------------------------------------------------------------------

    @Test
    void a_loan_officer_is_refused() {
        login(LOAN_OFFICER);
        UI.getCurrent().navigate("scoring");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void a_compliance_officer_reads_the_model_what_if_and_history_but_changes_nothing() throws Exception {
        login(COMPLIANCE);
        UI.getCurrent().navigate("scoring");
        assertThat(_get(Div.class, spec -> spec.withId("scoring-read-only")).getElement().getTextRecursively())
                .startsWith("Read only");
        assertThat(_find(Button.class, spec -> spec.withId("scoring-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("scoring-publish"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Rescore now"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Fit rule"))).isEmpty();
        assertThat(editor().threshold.isReadOnly()).isTrue();
        assertThat(editor().fitCards().getFirst().name.isReadOnly()).isTrue();
        assertThat(_find(TextField.class).stream().allMatch(TextField::isReadOnly)).isTrue();
        assertThat(_find(IntegerField.class).stream().allMatch(IntegerField::isReadOnly)).isTrue();
        awaitWhatIf();
        assertThat(text("whatif-mql")).contains(" MQLs now → ");
        assertThat(history().getColumnByKey("rollback")).as("no rollback for compliance").isNull();
        assertThat(GridKt._size(history())).isPositive();

        authenticateAs(COMPLIANCE);
        ScoringDraft draft = scoring.draft();
        assertThatThrownBy(() -> scoring.saveDraft(draft.model(), draft.version()))
                .isInstanceOf(AccessDeniedException.class);
        logout();
    }

    @Test
    void an_administrator_reads_only_but_may_rescore_every_lead() throws Exception {
        login(ADMIN);
        UI.getCurrent().navigate("scoring");
        assertThat(_find(Button.class, spec -> spec.withId("scoring-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("scoring-publish"))).isEmpty();
        assertThat(text("scoring-rescoring")).isNotBlank();
        long runs = jdbc.queryForObject("SELECT COUNT(*) FROM scoring_run WHERE reason = ?", Long.class,
                "requested by " + ADMIN);
        _click(_get(Button.class, spec -> spec.withText("Rescore now")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (jdbc.queryForObject("SELECT COUNT(*) FROM scoring_run WHERE reason = ? AND finished_at IS NOT NULL",
                Long.class, "requested by " + ADMIN) == runs && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scoring_run WHERE reason = ? AND finished_at IS NOT "
                + "NULL", Long.class, "requested by " + ADMIN)).isEqualTo(runs + 1);
        // The screen polls while the rescoring runs; the next poll shows the finished run.
        com.vaadin.flow.component.ComponentUtil.fireEvent(UI.getCurrent(),
                new com.vaadin.flow.component.PollEvent(UI.getCurrent(), true));
        assertThat(text("scoring-rescoring")).startsWith("Last full rescoring: ").contains("(requested by " + ADMIN
                + ")");
    }
}
