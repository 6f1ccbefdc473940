package com.porchlight.creative.ui;

import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.SearchFields;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.creative.ChannelLayout;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeException;
import com.porchlight.creative.CreativeFilter;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.CreativeStatus;
import com.porchlight.creative.CreativeSummary;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every creative, most recently changed first, a page at a time: filtered by name or owner, channel, status and
 * "mine", with the status, the version, the stale flag (why, in its tooltip) and the expiry. Marketers start new ones.
 */
@Route("creatives")
@PageTitle("Creatives")
@Menu(order = 9, icon = "vaadin:newspaper", title = "Creatives")
@RolesAllowed({Roles.MARKETER, Roles.COMPLIANCE, Roles.CMO, Roles.ADMIN})
@StyleSheet("creatives.css")
class CreativesView extends Div {

    static final String SEARCH_HINT = "Search by name or owner";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final CreativeService creatives;
    final Grid<CreativeSummary> grid = new Grid<>();
    final TextField search = SearchFields.create(SEARCH_HINT);
    final Select<Channel> channel = new Select<>();
    final MultiSelectComboBox<CreativeStatus> status = new MultiSelectComboBox<>();
    final Checkbox mine = new Checkbox("Only mine");
    private final Span total = new Span();

    CreativesView(CreativeService creatives) {
        this.creatives = creatives;
        addClassName("pl-page");
        addClassName("pl-creatives");

        search.setMaxLength(120);
        search.addValueChangeListener(e -> refresh());
        channel.setAriaLabel("Channel");
        channel.setPlaceholder("All channels");
        channel.setItems(Channel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption("All channels");
        channel.setItemLabelGenerator(c -> c == null ? "All channels" : ChannelLayout.label(c));
        channel.addValueChangeListener(e -> refresh());
        status.setAriaLabel("Status");
        status.setPlaceholder("Any status");
        status.setItems(CreativeStatus.values());
        status.setItemLabelGenerator(CreativeStatus::label);
        status.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        total.addClassName("pl-seg-total");

        var toolbar = new HorizontalLayout(search, channel, status, mine, total);
        toolbar.addClassName("pl-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setFlexGrow(1, search);
        toolbar.setWrap(true);
        if (CurrentUser.hasAnyRole(Roles.MARKETER)) {
            var create = new Button("New creative", new Icon(VaadinIcon.PLUS), e -> openNewDialog());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(create);
        }
        var intro = new Paragraph("Emails, texts, ads, print and landing pages. Each saved change is a new version; "
                + "approvals hold only for the exact version they were given for.");
        intro.addClassName("pl-muted");

        grid.addComponentColumn(s -> {
            var name = new Span(s.name());
            name.addClassName("pl-cr-grid-name");
            return name;
        }).setHeader("Name").setKey("name").setFlexGrow(2).setWidth("14rem").setTooltipGenerator(CreativeSummary::name);
        grid.addColumn(s -> ChannelLayout.label(s.channel())).setHeader("Channel").setKey("channel").setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(s -> statusBadge(s.status())).setHeader("Status").setKey("status").setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(s -> "v" + s.versionNo()).setHeader("Version").setKey("version").setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(CreativeSummary::owner).setHeader("Owner").setKey("owner").setWidth("12rem").setFlexGrow(1);
        grid.addColumn(s -> Formats.MINUTE.format(s.updatedAt())).setHeader("Updated").setKey("updated")
                .setWidth("10.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::staleFlag).setHeader("Rate").setKey("stale").setWidth("7rem").setFlexGrow(0)
                .setTooltipGenerator(s -> s.stale() ? "Stale: " + s.staleReason() : "");
        grid.addColumn(s -> s.expiresOn() == null ? "" : DAY.format(s.expiresOn())).setHeader("Expires")
                .setKey("expires").setWidth("7.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addClassName("pl-grid");
        grid.addClassName("pl-cr-grid");
        grid.setEmptyStateText("No creative matches." + (CurrentUser.hasAnyRole(Roles.MARKETER)
                ? " Start one with \"New creative\"." : ""));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("creatives/" + e.getItem().id()));
        grid.setItems(query -> creatives.page(filter(), query.getOffset(), query.getLimit()).stream(), query -> {
            long n = creatives.count(filter());
            total.setText(n == 1 ? "1 creative" : String.format("%,d creatives", n));
            return (int) Math.min(n, Integer.MAX_VALUE);
        });
        add(toolbar, intro, grid);
    }

    CreativeFilter filter() {
        Set<CreativeStatus> statuses = status.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(status.getValue());
        return CreativeFilter.all().withText(search.getValue()).withChannel(channel.getValue())
                .withStatuses(statuses).withMine(mine.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Component staleFlag(CreativeSummary s) {
        if (!s.stale()) {
            return new Span();
        }
        var badge = new Badge("Stale");
        badge.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.SMALL);
        badge.getElement().setAttribute("title", "Stale: " + s.staleReason());
        return badge;
    }

    static Badge statusBadge(CreativeStatus status) {
        var badge = new Badge(status.label());
        switch (status) {
            case DRAFT -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case SUBMITTED, IN_REVIEW, COMPLIANCE_APPROVED, CMO_APPROVED -> { }
            case CHANGES_REQUESTED -> badge.addThemeVariants(BadgeVariant.WARNING);
            case APPROVED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case LIVE -> badge.addThemeVariants(BadgeVariant.SUCCESS, BadgeVariant.FILLED);
            case EXPIRED, RETIRED -> badge.addThemeVariants(BadgeVariant.CONTRAST, BadgeVariant.SMALL);
        }
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    private void openNewDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New creative");
        var name = new TextField("Name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setWidthFull();
        name.setPlaceholder("e.g. Spring first-time buyer email");
        var type = new Select<Channel>();
        type.setLabel("Channel");
        type.setItems(Channel.values());
        type.setItemLabelGenerator(ChannelLayout::label);
        type.setValue(Channel.EMAIL);
        type.setWidthFull();
        type.setHelperText("The channel decides the fields; it cannot change later.");
        var error = new Paragraph();
        error.addClassName("pl-cr-error");
        error.setVisible(false);
        var create = new Button("Create and edit", e -> {
            try {
                CreativeDetail created = creatives.create(name.getValue(), type.getValue());
                dialog.close();
                UI.getCurrent().navigate("creatives/" + created.id());
            } catch (CreativeException ex) {
                error.setText(ex.getMessage());
                error.setVisible(true);
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(new Div(name, type, error));
        dialog.getFooter().add(cancel, create);
        dialog.open();
        name.focus();
    }
}
