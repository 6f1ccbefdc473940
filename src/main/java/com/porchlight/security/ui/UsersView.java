package com.porchlight.security.ui;

import com.porchlight.base.ui.SearchFields;
import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Notifications;
import com.porchlight.security.NewUser;
import com.porchlight.security.Roles;
import com.porchlight.security.UserAdminException;
import com.porchlight.security.UserService;
import com.porchlight.security.UserSummary;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/** Administrators manage who can use the console: create, roles, disable/enable, reset passwords, unlock. */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Div {

    private final UserService users;
    private final Clock clock;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField filter = SearchFields.create("Search name or email");

    UsersView(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        addClassName("pl-page");
        addClassName("pl-users");

        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        filter.setAriaLabel("Search users");

        var create = new Button("New user", new Icon(VaadinIcon.PLUS), e -> openCreate());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var toolbar = new HorizontalLayout(filter, create);
        toolbar.addClassName("pl-toolbar");
        toolbar.setFlexGrow(1, filter);

        grid.addColumn(UserSummary::displayName).setHeader("Name").setSortProperty("displayName")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(UserSummary::email).setHeader("Email").setSortProperty("email").setAutoWidth(true)
                .setFlexGrow(1);
        // Component columns get fixed widths: auto-width is measured before the badges render.
        grid.addComponentColumn(UsersView::roleBadges).setHeader("Roles").setWidth("15rem").setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader("Status").setKey("status").setWidth("15rem")
                .setFlexGrow(0);
        grid.addColumn(u -> u.nmlsId() == null ? "" : u.nmlsId()).setHeader("NMLS ID").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(u -> LicensedStatesDialog.compact(u.licensedStates())).setHeader("Licensed states")
                .setKey("states").setWidth("11rem").setFlexGrow(0)
                .setTooltipGenerator(u -> LicensedStatesDialog.names(u.licensedStates()));
        grid.addColumn(u -> u.lastLoginAt() == null ? "Never" : Formats.MINUTE.format(u.lastLoginAt()))
                .setHeader("Last sign-in").setSortProperty("lastLoginAt").setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("4.5rem").setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(query -> users.page(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.setEmptyStateText("No user matches this search.");
        grid.addClassName("pl-grid");
        add(toolbar, grid);
    }

    private static HorizontalLayout roleBadges(UserSummary user) {
        var badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.addClassName("pl-badges");
        user.roles().forEach(r -> badges.add(new Badge(Roles.label(r))));
        return badges;
    }

    private Badge statusBadge(UserSummary user) {
        if (!user.enabled()) {
            var b = new Badge("Disabled");
            b.addThemeVariants(BadgeVariant.ERROR);
            return b;
        }
        if (user.lockedAt(clock.instant())) {
            var b = new Badge("Locked until " + Formats.MINUTE.format(user.lockedUntil()));
            b.addThemeVariants(BadgeVariant.WARNING);
            return b;
        }
        var b = new Badge("Active");
        b.addThemeVariants(BadgeVariant.SUCCESS);
        return b;
    }

    private MenuBar actions(UserSummary user) {
        var bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.TERTIARY, MenuBarVariant.SMALL);
        MenuItem root = bar.addItem(new Icon(VaadinIcon.ELLIPSIS_DOTS_V));
        root.setAriaLabel("Actions for " + user.email());
        var sub = root.getSubMenu();
        sub.addItem("Change roles…", e -> new RolesDialog(user, roles -> users.changeRoles(user.id(), user.version(),
                roles), this::refresh).open());
        sub.addItem("Reset password…", e -> new PasswordResetDialog(user, pw -> users.resetPassword(user.id(),
                user.version(), pw), this::refresh).open());
        sub.addItem("NMLS ID…", e -> new NmlsIdDialog(user, nmls -> users.setNmlsId(user.id(), user.version(), nmls),
                this::refresh).open());
        if (user.roles().contains(Roles.LOAN_OFFICER) || !user.licensedStates().isEmpty()) {
            sub.addItem("Licensed states…", e -> new LicensedStatesDialog(user,
                    states -> users.setLicensedStates(user.id(), user.version(), states), this::refresh).open());
        }
        if (user.lockedAt(clock.instant())) {
            sub.addItem("Unlock", e -> run(() -> users.unlock(user.id(), user.version()),
                    user.email() + " can sign in again."));
        }
        if (user.enabled()) {
            sub.addItem("Disable", e -> run(() -> users.setEnabled(user.id(), user.version(), false),
                    user.email() + " is disabled and was signed out everywhere."));
        } else {
            sub.addItem("Enable", e -> run(() -> users.setEnabled(user.id(), user.version(), true),
                    user.email() + " can sign in again."));
        }
        return bar;
    }

    private void run(Supplier<UserSummary> action, String success) {
        try {
            action.get();
            Notifications.success(success);
        } catch (UserAdminException e) {
            Notifications.error(e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            Notifications.changedBySomeoneElse();
        }
        refresh();
    }

    private void openCreate() {
        new NewUserDialog(request -> users.create(request), this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** For the dialogs: a call to the service that may be refused with a message. */
    @FunctionalInterface
    interface Call<T> {
        UserSummary call(T input);
    }

}
