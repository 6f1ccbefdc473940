package com.porchlight.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.porchlight.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An administrator sets the states a loan officer is licensed in from the Users view. */
class LicensedStatesViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;

    @SuppressWarnings("unchecked")
    private Grid<UserSummary> openUsersFilteredTo(String email) {
        login(ADMIN);
        UI.getCurrent().navigate("admin/users");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search name or email")), email);
        Grid<UserSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        return grid;
    }

    private static void clickAction(Grid<UserSummary> grid, String caption) {
        ContextMenuKt._clickItemWithCaption((MenuBar) GridKt._getCellComponent(grid, 0, "actions"), caption);
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> statesField() {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel("Licensed states"));
    }

    private Set<String> storedStates(String email) {
        return Set.copyOf(jdbc.queryForList("SELECT l.state FROM loan_officer_license l JOIN app_user u "
                + "ON u.id = l.user_id WHERE u.email = ?", String.class, email));
    }

    @Test
    void an_admin_licenses_a_loan_officer_in_states_and_the_grid_shows_them_compactly() {
        String email = createUser("lo.states", "Licence Tester", "lo-states-pass", Roles.LOAN_OFFICER);
        Grid<UserSummary> grid = openUsersFilteredTo(email);

        clickAction(grid, "Licensed states…");
        _setValue(statesField(), Set.of("TX", "OK", "NM"));
        _click(_get(Button.class, spec -> spec.withText("Save states")));

        assertThat(storedStates(email)).containsExactlyInAnyOrder("TX", "OK", "NM");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("NM, OK, TX");

        clickAction(grid, "Licensed states…");
        assertThat(statesField().getValue()).containsExactlyInAnyOrder("TX", "OK", "NM");
        _setValue(statesField(), Set.of("AL", "AZ", "CA", "CO", "CT", "DE", "FL", "GA"));
        _click(_get(Button.class, spec -> spec.withText("Save states")));
        assertThat(storedStates(email)).hasSize(8).doesNotContain("TX");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("AL, AZ, CA, CO +4");
    }

    @Test
    void states_cannot_be_added_to_someone_who_is_no_longer_a_loan_officer() {
        String email = createUser("ex.lo", "Former Officer", "ex-lo-pass-1", Roles.LOAN_OFFICER);
        authenticateAs(ADMIN);
        UserSummary user = users.page(email, org.springframework.data.domain.PageRequest.of(0, 1)).getContent()
                .getFirst();
        user = users.setLicensedStates(user.id(), user.version(), Set.of("WA"));
        users.changeRoles(user.id(), user.version(), Set.of(Roles.MARKETER));
        logout();
        Grid<UserSummary> grid = openUsersFilteredTo(email);

        clickAction(grid, "Licensed states…");
        _setValue(statesField(), Set.of("WA", "ID"));
        _click(_get(Button.class, spec -> spec.withText("Save states")));

        assertThat(statesField().isInvalid()).isTrue();
        assertThat(statesField().getErrorMessage()).contains("Only loan officers carry state licences");
        assertThat(storedStates(email)).containsExactly("WA");
    }
}
