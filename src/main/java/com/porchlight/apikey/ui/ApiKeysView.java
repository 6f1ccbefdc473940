package com.porchlight.apikey.ui;

import com.porchlight.base.ui.Formats;
import com.porchlight.apikey.ApiKeyException;
import com.porchlight.apikey.ApiKeyService;
import com.porchlight.apikey.ApiKeySummary;
import com.porchlight.base.ui.Notifications;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Administrators issue keys for other systems (shown once), see when each was last used, and revoke them. */
@Route("admin/api-keys")
@PageTitle("API keys")
@Menu(order = 92, icon = "vaadin:connect", title = "API keys")
@RolesAllowed(Roles.ADMIN)
class ApiKeysView extends Div {

    private final ApiKeyService keys;
    private final Grid<ApiKeySummary> grid = new Grid<>();

    ApiKeysView(ApiKeyService keys) {
        this.keys = keys;
        addClassName("pl-page");

        var intro = new Paragraph("Other systems call Porchlight's API with these keys in the X-Api-Key header."
                + " A key is shown once, when it is created; only a fingerprint of it is stored.");
        var create = new Button("New key", new Icon(VaadinIcon.PLUS), e -> new NewApiKeyDialog(keys, this::refresh)
                .open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var toolbar = new HorizontalLayout(intro, create);
        toolbar.addClassName("pl-toolbar");
        toolbar.setFlexGrow(1, intro);

        // Fixed widths that add up to a laptop screen: auto-width let "Created" push the last columns under the
        // frozen actions column.
        grid.addColumn(ApiKeySummary::name).setHeader("Name").setSortProperty("name").setWidth("12rem")
                .setFlexGrow(2);
        grid.addColumn(k -> k.scope().label()).setHeader("Scope").setSortProperty("scope").setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(k -> k.prefix() + "…").setHeader("Key").setKey("prefix").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(k -> Formats.MINUTE.format(k.createdAt()) + " by " + k.createdBy()).setHeader("Created")
                .setSortProperty("createdAt").setWidth("14rem").setFlexGrow(1)
                .setTooltipGenerator(k -> Formats.MINUTE.format(k.createdAt()) + " by " + k.createdBy());
        grid.addColumn(k -> when(k.lastUsedAt(), "Never")).setHeader("Last used").setSortProperty("lastUsedAt")
                .setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(ApiKeysView::status).setHeader("Status").setKey("status").setWidth("13rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("7rem").setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(query -> keys.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No API keys yet. Create one for each system that calls the API.");
        grid.addClassName("pl-grid");
        add(toolbar, grid);
    }

    private static String when(@Nullable Instant instant, String otherwise) {
        return instant == null ? otherwise : Formats.MINUTE.format(instant);
    }

    private static Badge status(ApiKeySummary key) {
        if (key.active()) {
            var b = new Badge("Active");
            b.addThemeVariants(BadgeVariant.SUCCESS);
            return b;
        }
        var b = new Badge("Revoked " + when(key.revokedAt(), ""));
        b.addThemeVariants(BadgeVariant.ERROR);
        return b;
    }

    private Component actions(ApiKeySummary key) {
        if (!key.active()) {
            return new Div();
        }
        var revoke = new Button("Revoke", e -> confirmRevoke(key));
        revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
        revoke.setAriaLabel("Revoke " + key.name());
        return revoke;
    }

    private void confirmRevoke(ApiKeySummary key) {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Revoke \u201c" + key.name() + "\u201d?");
        confirm.setText("Requests with this key (" + key.prefix() + "…) are refused from now on. This cannot be"
                + " undone; the system using it needs a new key.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Revoke key");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                keys.revoke(key.id());
                Notifications.success("\u201c" + key.name() + "\u201d is revoked.");
            } catch (ApiKeyException ex) {
                Notifications.error(ex.getMessage());
            }
            refresh();
        });
        confirm.open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
