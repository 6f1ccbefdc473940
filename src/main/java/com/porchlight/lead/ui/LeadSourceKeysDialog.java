package com.porchlight.lead.ui;

import com.porchlight.apikey.ApiKeyException;
import com.porchlight.apikey.ApiKeySummary;
import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Notifications;
import com.porchlight.lead.LeadException;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadSourceSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The intake API keys of one lead source: issue a new one (shown once), see when each was last used, revoke one. A
 * source has a handful of keys at most (one per vendor system, plus the ones being rotated out), so they are listed
 * whole.
 */
class LeadSourceKeysDialog extends Dialog {

    final Grid<ApiKeySummary> grid = new Grid<>();
    private final LeadSourceService sources;
    private final LeadSourceSummary source;

    LeadSourceKeysDialog(LeadSourceService sources, LeadSourceSummary source) {
        this.sources = sources;
        this.source = source;
        setHeaderTitle("API keys of " + source.name());
        setWidth("72rem");
        setMaxWidth("95vw");

        var intro = new Paragraph("The vendor posts leads to POST /api/v1/leads with one of these keys in the"
                + " X-Api-Key header; its leads are booked to " + source.name() + ". A key is shown once, when it is"
                + " issued. To rotate a key, issue the new one, let the vendor switch, then revoke the old one.");
        intro.addClassName("pl-intro");

        grid.addColumn(ApiKeySummary::name).setHeader("Name").setWidth("7rem").setFlexGrow(1)
                .setTooltipGenerator(ApiKeySummary::name);
        grid.addColumn(k -> k.prefix() + "\u2026").setHeader("Key").setKey("prefix").setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(k -> Formats.MINUTE.format(k.createdAt())).setHeader("Created").setKey("created")
                .setWidth("13.5rem").setFlexGrow(0)
                .setTooltipGenerator(k -> Formats.MINUTE.format(k.createdAt()) + " by " + k.createdBy());
        grid.addColumn(k -> when(k.lastUsedAt(), "Never")).setHeader("Last used").setKey("lastUsed")
                .setWidth("13.5rem").setFlexGrow(0);
        grid.addComponentColumn(LeadSourceKeysDialog::status).setHeader("Status").setKey("status")
                .setWidth("16rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("6.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No keys yet: issue one for the vendor that posts this source's leads.");
        refresh();
        add(intro, grid);

        var issue = new Button("Issue key", new Icon(VaadinIcon.PLUS),
                e -> new LeadSourceNewKeyDialog(sources, source, this::refresh).open());
        issue.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Close", e -> close()), issue);
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
        confirm.setText("Leads posted with this key (" + key.prefix() + "\u2026) are refused from now on. This cannot"
                + " be undone; the vendor needs a new key to keep delivering.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Revoke key");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                sources.revokeKey(source.id(), key.id());
                Notifications.success("\u201c" + key.name() + "\u201d is revoked.");
            } catch (ApiKeyException | LeadException ex) {
                Notifications.error(ex.getMessage());
            }
            refresh();
        });
        confirm.open();
    }

    void refresh() {
        grid.setItems(sources.keys(source.id()));
    }
}
