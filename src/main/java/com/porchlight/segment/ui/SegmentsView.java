package com.porchlight.segment.ui;

import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Notifications;
import com.porchlight.base.ui.SearchFields;
import com.porchlight.security.Roles;
import com.porchlight.segment.SegmentException;
import com.porchlight.segment.SegmentService;
import com.porchlight.segment.SegmentSummary;
import com.porchlight.segment.SegmentVersion;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every segment, most recently changed first, searched by name and loaded a page at a time. Marketers, the CMO and
 * administrators create, duplicate and delete; compliance officers read.
 */
@Route("segments")
@PageTitle("Segments")
@Menu(order = 7, icon = "vaadin:filter", title = "Segments")
@RolesAllowed({Roles.ADMIN, Roles.CMO, Roles.MARKETER, Roles.COMPLIANCE})
@StyleSheet("segments.css")
class SegmentsView extends Div {

    static final String SEARCH_HINT = "Search segments by name";

    private final SegmentService segments;
    private final Grid<SegmentSummary> grid = new Grid<>();
    private final TextField search = SearchFields.create(SEARCH_HINT);
    private final Span total = new Span();
    private final boolean editor = SegmentEditorView.mayEdit();

    SegmentsView(SegmentService segments) {
        this.segments = segments;
        addClassName("pl-page");
        addClassName("pl-segments");

        search.setMaxLength(120);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        total.addClassName("pl-seg-total");
        total.setId("segment-list-total");
        var toolbar = new HorizontalLayout(search, total);
        toolbar.addClassName("pl-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setFlexGrow(1, search);
        if (editor) {
            var create = new Button("New segment", new Icon(VaadinIcon.PLUS),
                    e -> UI.getCurrent().navigate("segments/new"));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(create);
        }
        var intro = new Paragraph("A segment is a saved rule over your leads. Its members are worked out when you "
                + "count, sample or export it, so it is always up to date.");
        intro.addClassName("pl-muted");

        grid.addColumn(LitRenderer.<SegmentSummary>of("<div class=\"pl-seg-name\"><a href=\"segments/${item.id}\">"
                        + "${item.name}</a><span class=\"pl-muted\">${item.description}</span></div>")
                .withProperty("id", SegmentSummary::id)
                .withProperty("name", SegmentSummary::name)
                .withProperty("description", s -> s.description() == null ? "" : s.description()))
                .setHeader("Segment").setKey("name").setWidth("14rem").setFlexGrow(1);
        grid.addColumn(SegmentSummary::summary).setHeader("Who is in it").setKey("summary").setWidth("18rem")
                .setFlexGrow(2).setTooltipGenerator(SegmentSummary::summary);
        grid.addColumn(SegmentSummary::ownerName).setHeader("Owner").setKey("owner").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(s -> "v" + s.currentVersion()).setHeader("Version").setKey("version").setWidth("5rem")
                .setFlexGrow(0);
        grid.addColumn(s -> Formats.MINUTE.format(s.updatedAt())).setHeader("Updated").setKey("updated")
                .setWidth("10.5rem").setFlexGrow(0).setTooltipGenerator(s -> Formats.MINUTE.format(s.updatedAt())
                        + " by " + s.updatedBy());
        if (editor) {
            grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("10rem")
                    .setFlexGrow(0).setFrozenToEnd(true);
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addClassName("pl-grid");
        grid.setEmptyStateText("No segment yet" + (editor ? ": start one with \"New segment\"." : "."));
        grid.setItems(query -> segments.list(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> {
                    long n = segments.countSegments(search.getValue());
                    total.setText(n == 1 ? "1 segment" : String.format("%,d segments", n));
                    return (int) Math.min(n, Integer.MAX_VALUE);
                });
        add(toolbar, intro, grid);
    }

    private Component actions(SegmentSummary s) {
        var duplicate = new Button("Duplicate", e -> duplicate(s));
        var delete = new Button("Delete", e -> confirmDelete(s));
        duplicate.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        var box = new HorizontalLayout(duplicate, delete);
        box.setSpacing(false);
        return box;
    }

    private void duplicate(SegmentSummary s) {
        try {
            SegmentVersion copy = segments.duplicate(s.id());
            Notifications.success("Created \"" + copy.name() + "\".");
            UI.getCurrent().navigate("segments/" + copy.segmentId());
        } catch (SegmentException e) {
            Notifications.error(e.getMessage());
            grid.getDataProvider().refreshAll();
        }
    }

    private void confirmDelete(SegmentSummary s) {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Delete \u201c" + s.name() + "\u201d?");
        confirm.setText("The segment leaves this list. Its versions and the record of its exports are kept.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete segment");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                segments.delete(s.id());
                Notifications.success("Deleted \"" + s.name() + "\".");
            } catch (SegmentException ex) {
                Notifications.error(ex.getMessage());
            }
            grid.getDataProvider().refreshAll();
        });
        confirm.open();
    }
}
