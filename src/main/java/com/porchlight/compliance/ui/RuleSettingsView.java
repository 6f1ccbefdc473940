package com.porchlight.compliance.ui;

import com.porchlight.base.ui.SearchFields;
import com.porchlight.base.ui.Notifications;
import com.porchlight.compliance.RuleRow;
import com.porchlight.compliance.RuleSettingsService;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.Severity;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The rule catalog the pre-check applies, with what compliance officers changed and why. Everyone may read it; only a
 * compliance officer may switch a rule off or change its severity.
 */
@Route("compliance/rules")
@PageTitle("Compliance rules")
@Menu(order = 81, icon = "vaadin:list-ol", title = "Compliance rules")
@PermitAll
class RuleSettingsView extends Div {

    private final RuleSettingsService service;
    private final boolean mayEdit;
    final Grid<RuleRow> grid = new Grid<>();
    private final TextField filter = SearchFields.create("Filter by ID, title or citation");
    private List<RuleRow> rows = List.of();

    RuleSettingsView(RuleSettingsService service, AuthenticationContext authentication) {
        this.service = service;
        this.mayEdit = authentication.hasRole(Roles.COMPLIANCE);
        addClassName("pl-page");

        filter.addValueChangeListener(e -> applyFilter());
        filter.addClassName("pl-filter");

        grid.addColumn(r -> r.info().id()).setHeader("Rule").setWidth("17.5rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(r -> r.info().title()).setHeader("What it checks").setWidth("16rem").setFlexGrow(3);
        grid.addColumn(r -> r.info().channels().size() == Channel.values().length ? "All"
                : r.info().channels().stream().map(c -> com.porchlight.base.ui.Formats.words(c.name()))
                        .sorted().collect(Collectors.joining(", "))).setHeader("Channels").setWidth("12rem")
                .setFlexGrow(0);
        grid.addComponentColumn(RuleSettingsView::status).setHeader("Applied as").setKey("status").setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.reason() == null ? "" : r.reason() + " (" + r.changedBy() + ")")
                .setHeader("Changed because").setWidth("10rem").setFlexGrow(2);
        if (mayEdit) {
            grid.addComponentColumn(r -> {
                var change = new Button("Change…", e -> openChange(r));
                change.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                return change;
            }).setKey("actions").setWidth("8rem").setFlexGrow(0);
        }
        grid.setTooltipGenerator(r -> r.info().title());
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(r -> new Paragraph(
                r.info().citation() + (r.info().uncertain() ? " — citation not yet verified against the primary"
                        + " text" : ""))));
        grid.addClassName("pl-grid");
        add(filter, grid);
        if (!mayEdit) {
            var hint = new Paragraph("Only compliance officers can switch rules off or change their severity.");
            hint.addClassName("pl-muted");
            add(hint);
        }
        reload();
    }

    private void reload() {
        rows = service.list();
        applyFilter();
    }

    private void applyFilter() {
        String f = filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(rows.stream().filter(r -> f.isEmpty()
                || (r.info().id() + " " + r.info().title() + " " + r.info().citation()).toLowerCase(Locale.ROOT)
                        .contains(f)).toList());
    }

    private static Badge status(RuleRow r) {
        if (!r.enabled()) {
            var b = new Badge("Off");
            b.addThemeVariants(BadgeVariant.CONTRAST);
            return b;
        }
        var b = new Badge(r.effectiveSeverity().name() + (r.severityOverride() != null ? " (changed)" : ""));
        b.addThemeVariants(switch (r.effectiveSeverity()) {
            case BLOCK -> BadgeVariant.ERROR;
            case REVIEW -> BadgeVariant.WARNING;
            case WARN -> BadgeVariant.SMALL;
        });
        return b;
    }

    private void openChange(RuleRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(row.info().id());
        dialog.setWidth("34rem");
        var enabled = new Checkbox("Rule is on", row.enabled());
        var severity = new Select<Severity>();
        severity.setLabel("Severity");
        severity.setItems(Severity.values());
        severity.setValue(row.effectiveSeverity());
        severity.setHelperText("Catalog default: " + row.info().defaultSeverity());
        var reason = new TextArea("Reason");
        reason.setWidthFull();
        reason.setHelperText("Shown on every finding of this rule and kept in the audit trail");
        var save = new Button("Save change", e -> {
            try {
                service.change(row.info().id(), enabled.getValue(), severity.getValue(), reason.getValue(),
                        row.version());
                Notifications.success(row.info().id() + " changed.");
                dialog.close();
                reload();
            } catch (IllegalArgumentException ex) {
                reason.setErrorMessage(ex.getMessage());
                reason.setInvalid(true);
            } catch (OptimisticLockingFailureException ex) {
                Notifications.changedBySomeoneElse();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(row.info().title()), enabled, severity, reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
