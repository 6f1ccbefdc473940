package com.porchlight.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.porchlight.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The row actions of the Users view, clicked the way an administrator does. */
class UsersViewActionsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

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

    @Test
    void disable_and_enable_from_the_row_menu() {
        String email = createUser("row.actions", "Row Actions", "row-actions-pass", Roles.CMO);
        Grid<UserSummary> grid = openUsersFilteredTo(email);

        clickAction(grid, "Disable");
        assertThat(((Badge) GridKt._getCellComponent(grid, 0, "status")).getText()).isEqualTo("Disabled");
        assertThat(jdbc.queryForObject("select enabled from app_user where email = ?", Boolean.class, email)).isFalse();

        clickAction(grid, "Enable");
        assertThat(((Badge) GridKt._getCellComponent(grid, 0, "status")).getText()).isEqualTo("Active");
        assertThat(jdbc.queryForObject("select enabled from app_user where email = ?", Boolean.class, email)).isTrue();
    }

    @Test
    void change_roles_from_the_row_menu() {
        String email = createUser("row.roles", "Row Roles", "row-roles-pass", Roles.CMO);
        Grid<UserSummary> grid = openUsersFilteredTo(email);

        clickAction(grid, "Change roles…");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        _setValue(roles, Set.of(Roles.MARKETER, Roles.LOAN_OFFICER));
        _click(_get(Button.class, spec -> spec.withText("Save roles")));

        assertThat(jdbc.queryForList("select r.role from user_role r join app_user u on u.id = r.user_id"
                + " where u.email = ?", String.class, email)).containsExactlyInAnyOrder("MARKETER", "LOAN_OFFICER");
    }

    @Test
    void a_reset_password_that_is_too_short_is_refused_in_the_dialog() {
        String email = createUser("row.reset", "Row Reset", "row-reset-pass", Roles.CMO);
        Grid<UserSummary> grid = openUsersFilteredTo(email);

        clickAction(grid, "Reset password…");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat new password")), "short");
        _click(_get(Button.class, spec -> spec.withText("Set password")));

        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password needs at least 10 characters (it has 5).");
    }
}
