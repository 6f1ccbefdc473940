package com.porchlight.apikey;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.porchlight.KaribuTest;
import com.porchlight.base.ui.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The API keys view, used the way an administrator does, and the keys it makes used the way a client does. */
class ApiKeysViewTest extends KaribuTest {

    @Autowired
    ApiKeyAuthenticator authenticator;

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private static int rowOf(Grid<ApiKeySummary> grid, String name) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row named " + name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_creates_a_key_sees_it_once_and_revokes_it() {
        login(ADMIN);
        UI.getCurrent().navigate("admin/api-keys");
        String name = "Agency CMS " + System.nanoTime();

        _click(_get(Button.class, spec -> spec.withText("New key")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        _setValue(_get(Select.class, spec -> spec.withLabel("May call")), ApiScope.COMPLIANCE_CHECK);
        _click(_get(Button.class, spec -> spec.withText("Create key")));

        TextField shown = _get(TextField.class, spec -> spec.withLabel("API key for " + name));
        String plain = shown.getValue();
        assertThat(plain).startsWith("plk_").hasSize(44);
        assertThat(shown.isReadOnly()).isTrue();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("This key will not be shown again."));
        // Only the hash is stored: the plain key is nowhere in the table.
        assertThat(jdbc.queryForObject("select count(*) from api_key where key_hash = ? or key_prefix = ?",
                Integer.class, plain, plain)).isZero();
        _click(_get(Button.class, spec -> spec.withText("I have copied the key")));
        assertThat(_find(TextField.class, spec -> spec.withLabel("API key for " + name))).isEmpty();

        var authenticated = authenticator.authenticate(plain).orElseThrow();
        assertThat(authenticated.getAuthorities()).extracting(a -> a.getAuthority())
                .containsExactly("SCOPE_COMPLIANCE_CHECK");
        assertThat(authenticated.getName()).isEqualTo(name + " (" + plain.substring(0, 8) + "…)");

        Grid<ApiKeySummary> grid = _get(Grid.class);
        int row = rowOf(grid, name);
        assertThat(GridKt._getFormattedRow(grid, row)).contains(plain.substring(0, 8) + "…");
        assertThat(GridKt._get(grid, row).lastUsedAt()).as("the use just made is recorded").isNotNull();
        _click((Button) GridKt._getCellComponent(grid, row, "actions"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(authenticator.authenticate(plain)).as("a revoked key no longer authenticates").isEmpty();
        row = rowOf(grid, name);
        assertThat(((Badge) GridKt._getCellComponent(grid, row, "status")).getText()).startsWith("Revoked");
        assertThat(jdbc.queryForObject("select revoked_by from api_key where key_prefix = ? and name = ?",
                String.class, plain.substring(0, 8), name)).isEqualTo(ADMIN);
        assertThat(jdbc.queryForList("select details from audit_event where category = 'API_KEY' and subject = ?"
                + " order by id", String.class, "API key " + name))
                .containsExactly("Created key #" + GridKt._get(grid, row).id() + " (" + plain.substring(0, 8)
                        + "…) with scope COMPLIANCE_CHECK.", "Revoked key #" + GridKt._get(grid, row).id() + " ("
                        + plain.substring(0, 8) + "…).");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_creates_a_lead_events_key_but_no_lead_intake_key_here() {
        login(ADMIN);
        UI.getCurrent().navigate("admin/api-keys");
        String name = "Website " + System.nanoTime();

        _click(_get(Button.class, spec -> spec.withText("New key")));
        Select<ApiScope> scope = _get(Select.class, spec -> spec.withLabel("May call"));
        assertThat(scope.getListDataView().getItems()).as("intake keys belong to lead sources")
                .containsExactly(ApiScope.COMPLIANCE_CHECK, ApiScope.LEAD_EVENTS);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        _setValue(scope, ApiScope.LEAD_EVENTS);
        _click(_get(Button.class, spec -> spec.withText("Create key")));

        String plain = _get(TextField.class, spec -> spec.withLabel("API key for " + name)).getValue();
        assertThat(authenticator.authenticate(plain).orElseThrow().getAuthorities()).extracting(a -> a.getAuthority())
                .containsExactly("SCOPE_LEAD_EVENTS");
        assertThatThrownBy(() -> keys.create("Vendor", ApiScope.LEAD_INTAKE)).hasMessageContaining(
                "Lead sources screen");
    }

    @Test
    void a_key_needs_a_name() {
        login(ADMIN);
        UI.getCurrent().navigate("admin/api-keys");
        long before = jdbc.queryForObject("select count(*) from api_key", Long.class);

        _click(_get(Button.class, spec -> spec.withText("New key")));
        _click(_get(Button.class, spec -> spec.withText("Create key")));

        TextField name = _get(TextField.class, spec -> spec.withLabel("Name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Name the key after the system that will use it.");
        assertThat(jdbc.queryForObject("select count(*) from api_key", Long.class)).isEqualTo(before);
    }

    @Test
    void unknown_and_blank_keys_do_not_authenticate() {
        assertThat(authenticator.authenticate("plk_" + "x".repeat(40))).isEmpty();
        assertThat(authenticator.authenticate(" ")).isEmpty();
        assertThat(authenticator.authenticate("k".repeat(10_000))).isEmpty();
    }

    @Test
    void the_demo_profile_has_the_published_compliance_key() {
        var demo = authenticator.authenticate(DemoApiKey.KEY).orElseThrow();
        assertThat(demo.scope()).isEqualTo(ApiScope.COMPLIANCE_CHECK);
    }

    @Test
    void a_marketer_is_refused_the_view_and_the_service() {
        login(MARKETER);
        UI.getCurrent().navigate("admin/api-keys");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);

        assertThatThrownBy(() -> keys.create("Sneaky", ApiScope.LEAD_INTAKE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.page(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.revoke(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymous_callers_are_refused_the_service() {
        assertThatThrownBy(() -> keys.page(PageRequest.of(0, 10)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
