package com.porchlight.lead.ui;

import com.porchlight.lead.AssignmentMode;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadSourceSummary;
import com.porchlight.lead.PricingModel;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Where leads come from: administrators and the CMO add and edit sources (channel, what they cost, exclusive or shared,
 * active, routing) and issue or revoke the intake API keys each source posts leads with.
 */
@Route("lead-sources")
@PageTitle("Lead sources")
@Menu(order = 70, icon = "vaadin:inbox", title = "Lead sources")
@RolesAllowed({Roles.ADMIN, Roles.CMO})
class LeadSourcesView extends Div {

    private final LeadSourceService sources;
    private final Grid<LeadSourceSummary> grid = new Grid<>();

    LeadSourcesView(LeadSourceService sources) {
        this.sources = sources;
        addClassName("pl-page");

        var intro = new Paragraph("Every lead belongs to a source. Its cost feeds cost per lead and per funded loan;"
                + " its routing decides whether new leads go round-robin to a licensed loan officer. Vendors post"
                + " leads with the source's intake API key.");
        intro.addClassName("pl-intro");
        var create = new Button("New source", new Icon(VaadinIcon.PLUS),
                e -> new LeadSourceDialog(sources, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var toolbar = new HorizontalLayout(intro, create);
        toolbar.addClassName("pl-toolbar");
        toolbar.setFlexGrow(1, intro);

        // Fixed widths that fit a laptop screen next to the menu; the name takes what is left.
        grid.addColumn(LeadSourceSummary::name).setHeader("Name").setKey("name").setSortProperty("name")
                .setWidth("11rem").setFlexGrow(1).setTooltipGenerator(LeadSourceSummary::name);
        grid.addColumn(s -> s.channel().label()).setHeader("Channel").setSortProperty("channel")
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(s -> price(s.pricingModel(), s.cost())).setHeader("Cost").setKey("cost")
                .setSortProperty("cost").setWidth("12.5rem").setFlexGrow(0);
        grid.addColumn(s -> s.exclusive() ? "Exclusive" : "Shared").setHeader("Leads").setSortProperty(
                "exclusiveLeads").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(s -> s.assignment() == AssignmentMode.ROUND_ROBIN ? "Round-robin" : "Manual")
                .setHeader("Routing").setSortProperty("assignment").setWidth("8.5rem").setFlexGrow(0)
                .setTooltipGenerator(s -> s.assignment().label());
        grid.addComponentColumn(LeadSourcesView::status).setHeader("Status").setKey("status")
                .setSortProperty("active").setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("10rem").setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(query -> sources.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No lead sources yet. Add one for each vendor, campaign or form leads come from.");
        grid.addClassName("pl-grid");
        add(toolbar, grid);
    }

    /** "$25.00 per lead", "$1,500.00 a month". */
    static String price(PricingModel model, BigDecimal cost) {
        String amount = NumberFormat.getCurrencyInstance(Locale.US).format(cost);
        return switch (model) {
            case PER_LEAD -> amount + " per lead";
            case PER_CALL -> amount + " per call";
            case FLAT_MONTHLY -> amount + " a month";
        };
    }

    private static Badge status(LeadSourceSummary source) {
        var badge = new Badge(source.active() ? "Active" : "Inactive");
        badge.addThemeVariants(source.active() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        return badge;
    }

    private Component actions(LeadSourceSummary source) {
        var edit = new Button("Edit", e -> new LeadSourceDialog(sources, source, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        edit.setAriaLabel("Edit " + source.name());
        var keys = new Button("API keys", new Icon(VaadinIcon.KEY),
                e -> new LeadSourceKeysDialog(sources, source).open());
        keys.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        keys.setAriaLabel("API keys of " + source.name());
        var actions = new HorizontalLayout(edit, keys);
        actions.setSpacing(false);
        return actions;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
