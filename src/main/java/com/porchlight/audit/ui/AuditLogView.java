package com.porchlight.audit.ui;

import com.porchlight.base.ui.SearchFields;
import com.porchlight.base.ui.Formats;
import com.porchlight.audit.AuditEntry;
import com.porchlight.audit.AuditLog;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Who changed what and when: advertiser profile, rule settings, and later approvals. Newest first. */
@Route("audit")
@PageTitle("Audit log")
@Menu(order = 85, icon = "vaadin:archive", title = "Audit log")
@RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
class AuditLogView extends Div {

    AuditLogView(AuditLog audit) {
        addClassName("pl-page");
        var filter = SearchFields.create("Filter by subject, person or kind");
        filter.addClassName("pl-filter");

        var grid = new Grid<AuditEntry>();
        grid.addColumn(e -> Formats.SECOND.format(e.occurredAt())).setHeader("When").setWidth("13rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setWidth("16rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::subject).setHeader("What").setWidth("14rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::details).setHeader("Change").setFlexGrow(1);
        grid.setItems(query -> audit.page(filter.getValue(), PageRequest.of(query.getPage(), query.getPageSize(),
                Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).stream());
        grid.setEmptyStateText("Nothing recorded yet.");
        grid.addClassName("pl-grid");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(filter, grid);
    }
}
