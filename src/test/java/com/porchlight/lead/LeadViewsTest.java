package com.porchlight.lead;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Leads grid and the lead profile, used the way marketers, loan officers and compliance officers use them. */
class LeadViewsTest extends LeadTestSupport {

    private void openLeadsOf(long source) {
        UI.getCurrent().navigate("leads", QueryParameters.simple(Map.of("source", Long.toString(source))));
    }

    @SuppressWarnings("unchecked")
    private static Grid<LeadRow> grid() {
        return _get(Grid.class);
    }

    private static List<String> names(Grid<LeadRow> grid) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            names.add(GridKt._get(grid, i).name());
        }
        return names;
    }

    private static String total() {
        return _get(Span.class, spec -> spec.withId("lead-total")).getText();
    }

    private static String pageText() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    private static String notifications() {
        return String.join(" ", NotificationsKt.getNotifications().stream().map(LeadViewsTest::text).toList());
    }

    private static String text(Notification n) {
        List<Div> divs = _find(n, Div.class, spec -> spec.withClasses("pl-notification-text"));
        return divs.isEmpty() ? n.getElement().getProperty("text", "") : divs.getFirst().getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void filters_and_search_narrow_the_grid_and_the_count() {
        long source = newSource();
        List<Long> ids = write(source,
                with(lead("Ann", "Lee", "CA"), "receivedAt", "2026-01-05T10:00:00Z"),
                with(lead("Bob", "Stone", "AZ"), "receivedAt", "2026-01-06T10:00:00Z"),
                with(lead("Cara", "Leeds", "CA"), "receivedAt", "2026-01-07T10:00:00Z"));
        jdbc.sql("UPDATE leads SET stage = 'CONTACTED' WHERE id = ?").param(ids.get(1)).update();
        login(MARKETER);
        openLeadsOf(source);

        Grid<LeadRow> grid = grid();
        assertThat(names(grid)).containsExactly("Cara Leeds", "Bob Stone", "Ann Lee");
        assertThat(total()).isEqualTo("3 leads");

        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withLabel("State")), Set.of("CA"));
        assertThat(names(grid)).containsExactly("Cara Leeds", "Ann Lee");
        assertThat(total()).isEqualTo("2 leads");

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(
                "Search: name, email (with @) or phone (digits) — starts with…")), "leed");
        assertThat(names(grid)).containsExactly("Cara Leeds");
        assertThat(total()).isEqualTo("1 lead");

        _click(_get(Button.class, spec -> spec.withText("Clear filters")));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withLabel("Source")),
                _get(MultiSelectComboBox.class, spec -> spec.withLabel("Source")).getListDataView().getItems()
                        .filter(s -> ((LeadSourceSummary) s).id() == source).collect(java.util.stream.Collectors.toSet()));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withLabel("Stage")), Set.of(Stage.CONTACTED));
        assertThat(names(grid)).containsExactly("Bob Stone");
        assertThat(total()).isEqualTo("1 lead");

        // A bookmarked filter opens as it was saved.
        UI.getCurrent().navigate("leads", QueryParameters.simple(Map.of("source", Long.toString(source),
                "state", "ca", "q", "lee")));
        assertThat(names(grid())).containsExactly("Cara Leeds", "Ann Lee");
        assertThat(total()).isEqualTo("2 leads");
    }

    @Test
    void the_grid_sorts_by_name_and_back_to_newest_first() {
        long source = newSource();
        write(source,
                with(lead("Zed", "Adams", "CA"), "receivedAt", "2026-02-01T10:00:00Z"),
                with(lead("Amy", "Young", "CA"), "receivedAt", "2026-02-03T10:00:00Z"),
                with(lead("Max", "Miller", "CA"), "receivedAt", "2026-02-02T10:00:00Z"));
        login(CMO);
        openLeadsOf(source);
        Grid<LeadRow> grid = grid();
        assertThat(names(grid)).containsExactly("Amy Young", "Max Miller", "Zed Adams");

        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());
        assertThat(names(grid)).containsExactly("Zed Adams", "Max Miller", "Amy Young");
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("name")).build());
        assertThat(names(grid)).containsExactly("Amy Young", "Max Miller", "Zed Adams");
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("receivedAt")).build());
        assertThat(names(grid)).containsExactly("Zed Adams", "Max Miller", "Amy Young");
    }

    @Test
    void a_loan_officer_sees_only_own_leads_and_is_refused_another_officers_lead() {
        String other = createUser("lo3", "Olga Other", "other-officer-pass", Roles.LOAN_OFFICER);
        long source = newSource();
        List<Long> ids = write(source, lead("Own", "Borrower", "CA"), lead("Foreign", "Borrower", "CA"));
        assignTo(ids.get(0), userId(LOAN_OFFICER));
        assignTo(ids.get(1), userId(other));

        login(LOAN_OFFICER);
        openLeadsOf(source);
        assertThat(names(grid())).containsExactly("Own Borrower");
        assertThat(total()).isEqualTo("1 lead");
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Loan officer"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Export CSV…"))).isEmpty();
        assertThat(grid().getColumnByKey("loanOfficer")).isNull();

        GridKt._clickItem(grid(), 0);
        assertThat(_get(H2.class).getText()).isEqualTo("Own Borrower");

        UI.getCurrent().navigate("leads/" + ids.get(1));
        assertThat(_get(H2.class).getText()).isEqualTo("Lead not found");
        assertThat(pageText()).contains("Lead #" + ids.get(1) + " does not exist or is not assigned to you.")
                .doesNotContain("Foreign");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_profile_shows_the_stage_history_and_the_consent_evidence() {
        long source = newSource();
        long id = write(source, withWrittenConsent(lead("Pat", "Profile", "WA"))).getFirst();
        login(MARKETER);
        UI.getCurrent().navigate("leads/" + id);

        assertThat(_get(H2.class).getText()).isEqualTo("Pat Profile");
        assertThat(pageText())
                .contains("Not emailable", "No email opt-in on record.")
                .contains("Textable (SMS)", "Callable", "Prior express written consent given on 2026-01-10.")
                .contains("SMS: Prior express written consent · 2026-01-10 15:00 UTC")
                .contains("“I agree to receive calls and texts from Harbor Light Mortgage about my loan.”")
                .contains("Captured by Test web form")
                .contains("Not contacted yet");
        Grid<LeadProfile.StageChange> history = _get(Grid.class, spec -> spec.withClasses("pl-lead-history"));
        assertThat(GridKt._size(history)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(history, 0)).contains("New", "test", "Received");
    }

    @Test
    void marking_a_new_lead_contacted_records_speed_to_lead_and_history() {
        long source = newSource();
        long id = write(source, lead("Quick", "Reply", "CA")).getFirst();
        assignTo(id, userId(LOAN_OFFICER));
        login(LOAN_OFFICER);
        UI.getCurrent().navigate("leads/" + id);

        _click(_get(Button.class, spec -> spec.withText("Mark contacted")));

        assertThat(stageOf(id)).isEqualTo("CONTACTED");
        var row = jdbc.sql("SELECT first_contacted_at FROM leads WHERE id = ?").param(id).query().singleRow();
        assertThat(row.get("first_contacted_at")).isNotNull();
        assertThat(jdbc.sql("SELECT changed_by FROM lead_stage_change WHERE lead_id = ? AND to_stage = 'CONTACTED'")
                .param(id).query(String.class).single()).isEqualTo(LOAN_OFFICER);
        assertThat(pageText()).doesNotContain("Not contacted yet");
        assertThat(_find(Button.class, spec -> spec.withText("Mark contacted"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Mark marketing qualified"))).hasSize(1);
        assertThat(notifications()).contains("Moved to Contacted.");
    }

    @Test
    void marking_a_lead_lost_without_a_reason_says_why_and_changes_nothing() {
        long source = newSource();
        long id = write(source, lead("Lost", "Cause", "CA")).getFirst();
        login(MARKETER);
        UI.getCurrent().navigate("leads/" + id);

        _click(_get(Button.class, spec -> spec.withText("Mark lost…")));
        _click(_get(Button.class, spec -> spec.withText("Mark lost")));

        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Why was it lost?"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why the lead was lost");
        assertThat(stageOf(id)).isEqualTo("NEW");
        assertThat(historyRows(id)).isEqualTo(1);

        _setValue(reason, "Chose another lender");
        _click(_get(Button.class, spec -> spec.withText("Mark lost")));
        assertThat(stageOf(id)).isEqualTo("LOST");
        assertThat(pageText()).contains("lost: Chose another lender");
        assertThat(_find(Button.class, spec -> spec.withText("Reopen as contacted"))).hasSize(1);
    }

    @Test
    void a_change_from_a_stale_screen_says_someone_else_changed_the_lead() {
        long source = newSource();
        long id = write(source, lead("Stale", "Screen", "CA")).getFirst();
        login(MARKETER);
        UI.getCurrent().navigate("leads/" + id);
        jdbc.sql("UPDATE leads SET stage = 'MQL', version = version + 1 WHERE id = ?").param(id).update();

        _click(_get(Button.class, spec -> spec.withText("Mark contacted")));

        assertThat(notifications()).contains("changed by someone else");
        assertThat(stageOf(id)).isEqualTo("MQL");
        assertThat(historyRows(id)).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void consent_changes_are_recorded_with_their_evidence_and_phone_consent_cannot_be_given_here() {
        long source = newSource();
        long id = write(source, with(lead("Opt", "Out", "CA"), "consent.email", "true")).getFirst();
        login(MARKETER);
        UI.getCurrent().navigate("leads/" + id);
        assertThat(pageText()).contains("Emailable");

        _click(_get(Button.class, spec -> spec.withText("Record consent change…")));
        Select<ConsentChange> change = _get(Select.class, spec -> spec.withLabel("Change"));
        assertThat(change.getListDataView().getItems()).doesNotContain(ConsentChange.DNC_REMOVE)
                .contains(ConsentChange.EMAIL_UNSUBSCRIBE, ConsentChange.SMS_REVOKE, ConsentChange.DNC_ADD);
        assertThat(pageText() + UI.getCurrent().getElement().getTextRecursively())
                .contains("Consent to texts and calls can't be recorded here");
        _setValue(change, ConsentChange.EMAIL_UNSUBSCRIBE);
        _click(_get(Button.class, spec -> spec.withText("Record")));
        TextField how = _get(TextField.class, spec -> spec.withLabel("How did the borrower tell you?"));
        assertThat(how.isInvalid()).isTrue();
        assertThat(jdbc.sql("SELECT emailable FROM leads WHERE id = ?").param(id).query(Boolean.class).single())
                .isTrue();

        _setValue(how, "Replied to a newsletter: please stop");
        _click(_get(Button.class, spec -> spec.withText("Record")));
        assertThat(jdbc.sql("SELECT emailable FROM leads WHERE id = ?").param(id).query(Boolean.class).single())
                .isFalse();
        assertThat(pageText()).contains("Not emailable", "Email: Unsubscribed",
                "Captured by Replied to a newsletter: please stop; recorded by " + MARKETER);
    }

    @Test
    void a_compliance_officer_reads_a_lead_without_buttons_to_change_it() {
        long source = newSource();
        long id = write(source, lead("Audit", "Me", "CA")).getFirst();
        login(COMPLIANCE);
        UI.getCurrent().navigate("leads/" + id);

        assertThat(_get(H2.class).getText()).isEqualTo("Audit Me");
        assertThat(pageText()).contains("Read only: your role can see this lead but not change it.");
        assertThat(_find(Button.class, spec -> spec.withText("Mark contacted"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Record consent change…"))).isEmpty();

        openLeadsOf(source);
        assertThat(_find(Button.class, spec -> spec.withText("Export CSV…"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_marketer_sees_how_many_leads_each_export_would_hold() {
        long source = newSource();
        write(source, with(lead("Mail", "Able", "CA"), "consent.email", "true"), lead("Not", "Mailable", "CA"));
        login(MARKETER);
        openLeadsOf(source);

        _click(_get(Button.class, spec -> spec.withText("Export CSV…")));
        RadioButtonGroup<LeadExportKind> list = _get(RadioButtonGroup.class, spec -> spec.withLabel("List"));
        assertThat(list.getItemLabelGenerator().apply(LeadExportKind.EMAIL_LIST)).startsWith("Email list — 1 lead (");
        assertThat(list.getItemLabelGenerator().apply(LeadExportKind.SMS_LIST)).startsWith("SMS list — 0 leads (");
        assertThat(list.getItemLabelGenerator().apply(LeadExportKind.ALL_FIELDS))
                .startsWith("All fields (no channel) — 2 leads (");
    }

    @Test
    void an_administrator_assigns_an_unassigned_lead_to_a_licensed_loan_officer() {
        long source = newSource();
        long id = write(source, lead("Needs", "Officer", "NV")).getFirst();
        login(ADMIN);
        UI.getCurrent().navigate("leads/" + id);
        assertThat(pageText()).contains("Unassigned");

        _click(_get(Button.class, spec -> spec.withText("Assign loan officer…")));
        @SuppressWarnings("unchecked")
        ComboBox<LoanOfficerOption> officer = _get(ComboBox.class,
                spec -> spec.withLabel("Loan officer licensed in Nevada"));
        _setValue(officer, officer.getListDataView().getItems().filter(o -> o.name().equals("Lena Ortiz"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Assign")));

        assertThat(jdbc.sql("SELECT assigned_lo_id FROM leads WHERE id = ?").param(id).query(Long.class).single())
                .isEqualTo(userId(LOAN_OFFICER));
        assertThat(pageText()).contains("Lena Ortiz");
    }
}
