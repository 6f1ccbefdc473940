package com.porchlight.audit.ui;

import com.porchlight.audit.AuditEntry;
import com.porchlight.audit.AuditLog;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Who changed what and when: advertiser profile, rule settings, and later approvals. Newest first. */
@Route("audit")
@PageTitle("Audit log")
@Menu(order = 85, icon = "vaadin:archive", title = "Audit log")
@RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
class AuditLogView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    AuditLogView(AuditLog audit) {
        addClassName("pl-page");
        var filter = new TextField();
        filter.setPlaceholder("Filter by subject, person or kind");
        filter.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addClassName("pl-filter");

        var grid = new Grid<AuditEntry>();
        grid.addColumn(e -> WHEN.format(e.occurredAt())).setHeader("When").setWidth("13rem").setFlexGrow(0);
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
