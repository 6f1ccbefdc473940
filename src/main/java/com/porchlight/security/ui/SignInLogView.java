package com.porchlight.security.ui;

import com.porchlight.base.ui.SearchFields;
import com.porchlight.base.ui.Formats;
import com.porchlight.security.Roles;
import com.porchlight.security.SignInOutcome;
import com.porchlight.security.SignInRecord;
import com.porchlight.security.UserService;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Every sign-in attempt, newest first: who, when, from where, and how it ended. */
@Route("admin/sign-ins")
@PageTitle("Sign-in log")
@Menu(order = 91, icon = "vaadin:key", title = "Sign-in log")
@RolesAllowed(Roles.ADMIN)
class SignInLogView extends Div {

    SignInLogView(UserService users) {
        addClassName("pl-page");
        var filter = SearchFields.create("Filter by email");
        filter.addClassName("pl-filter");

        var grid = new Grid<SignInRecord>();
        grid.addColumn(r -> Formats.MINUTE.format(r.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(SignInRecord::email).setHeader("Email").setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(SignInLogView::outcome).setHeader("Outcome").setAutoWidth(true);
        grid.addColumn(r -> r.remoteAddress() == null ? "" : r.remoteAddress()).setHeader("Address")
                .setAutoWidth(true);
        grid.setItems(query -> users.signIns(filter.getValue(),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
                .stream());
        grid.setEmptyStateText("No sign-in attempts recorded yet.");
        grid.addClassName("pl-grid");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(filter, grid);
    }

    private static Badge outcome(SignInRecord record) {
        var badge = new Badge(record.outcome().label());
        badge.addThemeVariants(record.outcome() == SignInOutcome.SUCCESS ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
        return badge;
    }
}
