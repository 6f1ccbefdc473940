package com.porchlight.lead.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.porchlight.KaribuTest;
import com.porchlight.apikey.ApiKeySummary;
import com.porchlight.base.ui.AccessDeniedView;
import com.porchlight.lead.AssignmentMode;
import com.porchlight.lead.LeadSourceForm;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadSourceSummary;
import com.porchlight.lead.PricingModel;
import com.porchlight.lead.SourceChannel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The Lead sources screen, used the way an administrator or the CMO does, and its keys used the way a vendor does. */
class LeadSourcesViewTest extends KaribuTest {

    @Autowired
    LeadSourceService sources;

    @Autowired
    JdbcClient jdbc;

    @SuppressWarnings("unchecked")
    private static Grid<LeadSourceSummary> sourcesGrid() {
        return _get(Grid.class, spec -> spec.withClasses("pl-grid"));
    }

    private static <T> int rowOf(Grid<T> grid, java.util.function.Predicate<T> match) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (match.test(GridKt._get(grid, i))) {
                return i;
            }
        }
        throw new AssertionError("no such row");
    }

    private static Button rowButton(Grid<LeadSourceSummary> grid, String name, String caption) {
        int row = rowOf(grid, s -> s.name().equals(name));
        var actions = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
        return _get(actions, Button.class, spec -> spec.withText(caption));
    }

    private static String notificationsText() {
        return String.join(" ", NotificationsKt.getNotifications().stream().map(LeadSourcesViewTest::text).toList());
    }

    private static String text(Notification notification) {
        var texts = _find(notification, Div.class, spec -> spec.withClasses("pl-notification-text"));
        return texts.isEmpty() ? notification.getElement().getProperty("text", "") : texts.getFirst().getText();
    }

    private LeadSourceSummary existing(String name) {
        authenticateAs(ADMIN);
        try {
            return sources.create(new LeadSourceForm(name, SourceChannel.AGGREGATOR, PricingModel.PER_LEAD,
                    new BigDecimal("32.50"), false, true, AssignmentMode.ROUND_ROBIN));
        } finally {
            logout();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_creates_a_source_and_sees_it_in_the_list() {
        login(ADMIN);
        UI.getCurrent().navigate("lead-sources");
        String name = "Spring open house " + System.nanoTime();

        _click(_get(Button.class, spec -> spec.withText("New source")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        _setValue(_get(Select.class, spec -> spec.withLabel("Channel")), SourceChannel.EVENT);
        _setValue(_get(Select.class, spec -> spec.withLabel("Pricing")), PricingModel.FLAT_MONTHLY);
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Cost (USD)")), new BigDecimal("1500"));
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Exclusive: these leads are sold to us alone")), false);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("New leads")), AssignmentMode.MANUAL);
        _click(_get(Button.class, spec -> spec.withText("Create source")));

        assertThat(_find(Button.class, spec -> spec.withText("Create source"))).as("the dialog closed").isEmpty();
        var grid = sourcesGrid();
        int row = rowOf(grid, s -> s.name().equals(name));
        assertThat(GridKt._getFormattedRow(grid, row)).contains(name, "Event", "$1,500.00 a month", "Shared",
                "Manual");
        assertThat(((Badge) GridKt._getCellComponent(grid, row, "status")).getText()).isEqualTo("Active");
        var stored = jdbc.sql("SELECT channel, pricing_model, cost, exclusive_leads, assignment, created_by "
                + "FROM lead_source WHERE name = ?").param(name).query().singleRow();
        assertThat(stored).containsEntry("channel", "EVENT").containsEntry("pricing_model", "FLAT_MONTHLY")
                .containsEntry("exclusive_leads", false).containsEntry("assignment", "MANUAL")
                .containsEntry("created_by", ADMIN);
        assertThat((BigDecimal) stored.get("cost")).isEqualByComparingTo("1500");
    }

    @Test
    void a_source_needs_a_name_a_channel_and_a_cost_and_says_so_next_to_each_field() {
        login(CMO);
        UI.getCurrent().navigate("lead-sources");

        _click(_get(Button.class, spec -> spec.withText("New source")));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Cost (USD)")), new BigDecimal("-5"));
        _click(_get(Button.class, spec -> spec.withText("Create source")));

        var name = _get(TextField.class, spec -> spec.withLabel("Name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("Name the source");
        assertThat(_get(Select.class, spec -> spec.withLabel("Channel")).getErrorMessage())
                .isEqualTo("Choose the marketing channel the leads come through.");
        assertThat(_get(BigDecimalField.class, spec -> spec.withLabel("Cost (USD)")).getErrorMessage())
                .isEqualTo("The cost cannot be negative.");
        assertThat(_find(Button.class, spec -> spec.withText("Create source"))).as("the dialog stays open")
                .hasSize(1);
    }

    @Test
    void editing_with_a_cost_of_three_decimals_shows_the_services_message_at_the_cost_and_saves_nothing() {
        String name = "Bankrate " + System.nanoTime();
        LeadSourceSummary source = existing(name);
        login(CMO);
        UI.getCurrent().navigate("lead-sources");

        _click(rowButton(sourcesGrid(), name, "Edit"));
        var cost = _get(BigDecimalField.class, spec -> spec.withLabel("Cost (USD)"));
        assertThat(cost.getValue()).isEqualByComparingTo("32.50");
        _setValue(cost, new BigDecimal("12.345"));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(cost.isInvalid()).isTrue();
        assertThat(cost.getErrorMessage()).isEqualTo("The cost must be below $10,000,000 with at most two decimals.");
        assertThat(jdbc.sql("SELECT cost FROM lead_source WHERE id = ?").param(source.id()).query(BigDecimal.class)
                .single()).isEqualByComparingTo("32.50");

        _setValue(cost, new BigDecimal("12.34"));
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Active: accepts new leads")), false);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(jdbc.sql("SELECT cost FROM lead_source WHERE id = ?").param(source.id()).query(BigDecimal.class)
                .single()).isEqualByComparingTo("12.34");
        var grid = sourcesGrid();
        assertThat(((Badge) GridKt._getCellComponent(grid, rowOf(grid, s -> s.name().equals(name)), "status"))
                .getText()).isEqualTo("Inactive");
    }

    @Test
    void a_name_another_source_has_is_refused_next_to_the_name() {
        String taken = "Zillow Premier Agent " + System.nanoTime();
        existing(taken);
        String mine = "LendingTree " + System.nanoTime();
        existing(mine);
        login(ADMIN);
        UI.getCurrent().navigate("lead-sources");

        _click(rowButton(sourcesGrid(), mine, "Edit"));
        var name = _get(TextField.class, spec -> spec.withLabel("Name"));
        _setValue(name, taken.toUpperCase());
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Another source is already called \"" + taken + "\".");
    }

    @Test
    void saving_over_someone_elses_change_says_reload_and_keeps_what_was_typed() {
        String name = "Credible " + System.nanoTime();
        LeadSourceSummary source = existing(name);
        login(ADMIN);
        UI.getCurrent().navigate("lead-sources");
        _click(rowButton(sourcesGrid(), name, "Edit"));
        var cost = _get(BigDecimalField.class, spec -> spec.withLabel("Cost (USD)"));
        _setValue(cost, new BigDecimal("40"));

        // Meanwhile the CMO changes the same source.
        sources.update(source.id(), source.version(), new LeadSourceForm(name, SourceChannel.AGGREGATOR,
                PricingModel.PER_LEAD, new BigDecimal("35"), false, true, AssignmentMode.ROUND_ROBIN));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(notificationsText()).contains("changed by someone else");
        assertThat(cost.getValue()).as("the input is still there").isEqualByComparingTo("40");
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).as("the dialog stays open").hasSize(1);
        assertThat(jdbc.sql("SELECT cost FROM lead_source WHERE id = ?").param(source.id()).query(BigDecimal.class)
                .single()).isEqualByComparingTo("35");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_key_is_issued_shown_once_listed_by_its_prefix_and_revoked() {
        String name = "Rate aggregator " + System.nanoTime();
        LeadSourceSummary source = existing(name);
        login(CMO);
        UI.getCurrent().navigate("lead-sources");

        _click(rowButton(sourcesGrid(), name, "API keys"));
        _click(_get(Button.class, spec -> spec.withText("Issue key")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Key name")), "LeadPoint production");
        _click(_get(_get(LeadSourceNewKeyDialog.class), Button.class, spec -> spec.withText("Issue key")));

        TextField shown = _get(TextField.class, spec -> spec.withLabel("Intake API key for LeadPoint production"));
        String plain = shown.getValue();
        assertThat(plain).startsWith("plk_").hasSize(44);
        assertThat(shown.isReadOnly()).isTrue();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("This key will not be shown again."));
        _click(_get(Button.class, spec -> spec.withText("I have copied the key")));
        assertThat(_find(TextField.class, spec -> spec.withLabel("Intake API key for LeadPoint production")))
                .as("shown once: gone when the dialog closes").isEmpty();

        Grid<ApiKeySummary> keys = _get(LeadSourceKeysDialog.class).grid;
        int row = rowOf(keys, k -> k.name().equals("LeadPoint production"));
        assertThat(GridKt._getFormattedRow(keys, row)).contains(plain.substring(0, 8) + "\u2026", "Never");
        assertThat(((Badge) GridKt._getCellComponent(keys, row, "status")).getText()).isEqualTo("Active");
        var stored = jdbc.sql("SELECT scope, lead_source_id, created_by FROM api_key WHERE key_prefix = ? AND name = ?")
                .params(plain.substring(0, 8), "LeadPoint production").query().singleRow();
        assertThat(stored).containsEntry("scope", "LEAD_INTAKE").containsEntry("created_by", CMO);
        assertThat(((Number) stored.get("lead_source_id")).longValue()).isEqualTo(source.id());

        _click((Button) GridKt._getCellComponent(keys, row, "actions"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(((Badge) GridKt._getCellComponent(keys, rowOf(keys, k -> k.name().equals("LeadPoint production")),
                "status")).getText()).startsWith("Revoked");
        assertThat(jdbc.sql("SELECT revoked_by FROM api_key WHERE key_prefix = ? AND name = ?")
                .params(plain.substring(0, 8), "LeadPoint production").query(String.class).single()).isEqualTo(CMO);
    }

    @Test
    void a_marketer_is_refused_the_view_and_the_services_that_change_sources() {
        LeadSourceSummary source = existing("Marketer test " + System.nanoTime());
        login(MARKETER);

        UI.getCurrent().navigate("lead-sources");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);

        var form = new LeadSourceForm("Sneaky " + System.nanoTime(), SourceChannel.SOCIAL, PricingModel.PER_LEAD,
                BigDecimal.ONE, true, true, AssignmentMode.ROUND_ROBIN);
        assertThatThrownBy(() -> sources.create(form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sources.update(source.id(), source.version(), form))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sources.issueKey(source.id(), "Sneaky")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sources.keys(source.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sources.page(org.springframework.data.domain.PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_loan_officer_cannot_issue_or_revoke_keys() {
        LeadSourceSummary source = existing("Loan officer test " + System.nanoTime());
        login(LOAN_OFFICER);

        UI.getCurrent().navigate("lead-sources");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThatThrownBy(() -> sources.issueKey(source.id(), "Mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sources.revokeKey(source.id(), 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_profile_has_the_demo_web_form_with_its_published_key() {
        login(ADMIN);
        UI.getCurrent().navigate("lead-sources");

        var grid = sourcesGrid();
        var demo = GridKt._get(grid, rowOf(grid, s -> s.name().equals("Demo Web Form")));
        assertThat(demo.channel()).isEqualTo(SourceChannel.ORGANIC);
        assertThat(demo.cost()).isEqualByComparingTo("0");
        assertThat(demo.assignment()).isEqualTo(AssignmentMode.ROUND_ROBIN);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_key WHERE lead_source_id = ? AND key_prefix = 'demo-int' "
                + "AND scope = 'LEAD_INTAKE'").param(demo.id()).query(Long.class).single()).isEqualTo(1);
    }
}
