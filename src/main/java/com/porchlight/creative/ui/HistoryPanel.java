package com.porchlight.creative.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.creative.AuditRecord;
import com.porchlight.creative.ChainVerification;
import com.porchlight.creative.ContentDiff;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.CreativeVersion;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A creative's history: "what exactly was approved" with its full SHA-256, every version (any one viewable
 * read-only), a side-by-side comparison of any two versions, and the audit timeline with a chain verification.
 */
@StyleSheet("creative-review.css")
class HistoryPanel extends Composite<VerticalLayout> {

    private final CreativeService creatives;
    private @Nullable CreativeDetail detail;
    private List<CreativeVersion> versions = List.of();

    private final Div approvedBox = new Div();
    final Grid<CreativeVersion> versionGrid = new Grid<>();
    private final Div versionView = new Div();
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Checkbox showUnchanged = new Checkbox("Show unchanged fields");
    final Div diffBox = new Div();
    final Grid<AuditRecord> timeline = new Grid<>();
    final Button verify = new Button("Verify chain");
    final Span verification = new Span();
    private Set<Integer> approvedVersions = Set.of();

    HistoryPanel(CreativeService creatives) {
        this.creatives = creatives;
        VerticalLayout root = getContent();
        root.addClassName("pl-history-panel");
        root.setPadding(false);
        root.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.STRETCH);

        approvedBox.addClassName("pl-hist-approved");

        versionGrid.addColumn(v -> v.versionNo()).setHeader("No").setWidth("4rem").setFlexGrow(0).setKey("no");
        versionGrid.addColumn(v -> ReviewSupport.shortHash(v.hash())).setHeader("Hash").setKey("hash");
        versionGrid.addColumn(CreativeVersion::createdBy).setHeader("By").setFlexGrow(2).setKey("by");
        versionGrid.addColumn(v -> ReviewSupport.when(v.createdAt())).setHeader("When").setKey("when");
        versionGrid.addColumn(new ComponentRenderer<>(v -> {
            if (!approvedVersions.contains(v.versionNo())) {
                return new Span();
            }
            var b = new Badge("approved");
            b.addThemeVariants(BadgeVariant.SUCCESS);
            return b;
        })).setHeader("").setKey("approved");
        versionGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        versionGrid.setAllRowsVisible(true);
        versionGrid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::view,
                () -> versionView.removeAll()));
        versionView.addClassName("pl-hist-version");

        from.setLabel("Older version");
        to.setLabel("Newer version");
        from.setItemLabelGenerator(n -> "Version " + n);
        to.setItemLabelGenerator(n -> "Version " + n);
        from.addValueChangeListener(e -> renderDiff());
        to.addValueChangeListener(e -> renderDiff());
        showUnchanged.addValueChangeListener(e -> renderDiff());
        diffBox.addClassName("pl-diff");

        timeline.addColumn(a -> ReviewSupport.when(a.occurredAt())).setHeader("Time").setAutoWidth(true)
                .setFlexGrow(0).setKey("time");
        timeline.addColumn(AuditRecord::actor).setHeader("Actor").setWidth("15rem").setFlexGrow(0).setKey("actor");
        timeline.addColumn(AuditRecord::event).setHeader("Event").setWidth("13rem").setFlexGrow(0).setKey("event");
        timeline.addColumn(a -> a.versionNo() == null ? "" : String.valueOf(a.versionNo())).setHeader("Version")
                .setWidth("5rem").setFlexGrow(0).setKey("version");
        timeline.addColumn(a -> ReviewSupport.shortHash(a.contentHash())).setHeader("Hash").setWidth("9rem")
                .setFlexGrow(0).setKey("hash");
        timeline.addColumn(AuditRecord::details).setHeader("Details").setFlexGrow(3).setKey("details");
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        timeline.setAllRowsVisible(true);

        boolean mayVerify = CurrentUser.hasAnyRole(Roles.COMPLIANCE, Roles.CMO, Roles.ADMIN);
        verify.setEnabled(mayVerify);
        if (!mayVerify) {
            verify.setTooltipText("Compliance officers, CMOs and administrators verify the audit chain.");
        }
        verify.addClickListener(e -> verifyChain());
        verification.addClassName("pl-hist-verification");
        var verifyRow = new HorizontalLayout(verify, verification);
        verifyRow.setAlignItems(FlexComponent.Alignment.CENTER);

        var pickers = new HorizontalLayout(from, to, showUnchanged);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        root.add(new H3("History"), approvedBox, new H4("Versions"), versionGrid, versionView,
                new H4("Compare two versions"), pickers, diffBox, new H4("Audit timeline"), verifyRow, timeline);
    }

    /** Shows the creative as it now stands. */
    void show(CreativeDetail d) {
        boolean sameCreative = detail != null && detail.id() == d.id();
        this.detail = d;
        var record = creatives.examinerRecord(d.id());
        versions = creatives.versions(d.id()).stream()
                .sorted((a, b) -> Integer.compare(b.versionNo(), a.versionNo())).toList();
        approvedVersions = new HashSet<>();
        for (AuditRecord a : record.timeline()) {
            if (a.event().equals("APPROVED") && a.versionNo() != null) {
                approvedVersions.add(a.versionNo());
            }
        }
        renderApproved(record.approvedVersion());
        versionGrid.setItems(versions);
        versionView.removeAll();

        List<Integer> numbers = versions.stream().map(CreativeVersion::versionNo).sorted().toList();
        Integer keepFrom = sameCreative ? from.getValue() : null;
        Integer keepTo = sameCreative ? to.getValue() : null;
        from.setItems(numbers);
        to.setItems(numbers);
        int newest = numbers.isEmpty() ? 0 : numbers.getLast();
        from.setValue(keepFrom != null && numbers.contains(keepFrom) ? keepFrom
                : numbers.size() > 1 ? numbers.get(numbers.size() - 2) : (numbers.isEmpty() ? null : newest));
        to.setValue(keepTo != null && numbers.contains(keepTo) ? keepTo : (numbers.isEmpty() ? null : newest));
        renderDiff();

        timeline.setItems(record.timeline().reversed());
        verification.setText("");
    }

    private void renderApproved(Optional<CreativeVersion> approved) {
        approvedBox.removeAll();
        approvedBox.add(new H4("What exactly was approved"));
        if (approved.isEmpty()) {
            approvedBox.getElement().setAttribute("data-approved", "false");
            approvedBox.add(new Paragraph("No version of this creative has been approved yet."));
            return;
        }
        CreativeVersion v = approved.get();
        approvedBox.getElement().setAttribute("data-approved", "true");
        var hash = new Span(v.hash());
        hash.addClassName("pl-hash");
        approvedBox.add(new Paragraph("Version " + v.versionNo() + ", saved by " + v.createdBy() + " on "
                + ReviewSupport.when(v.createdAt()) + "."), new Div(new Span("SHA-256 "), hash));
        if (detail != null && !detail.hash().equals(v.hash())) {
            var warn = new Paragraph("The current version (" + detail.current().versionNo() + ") differs from the "
                    + "approved one and is not approved.");
            warn.addClassName("pl-rv-why");
            approvedBox.add(warn);
        }
        var viewIt = new Button("View the approved version", e -> versionGrid.select(v));
        approvedBox.add(viewIt);
    }

    private void view(CreativeVersion v) {
        versionView.removeAll();
        var title = new H4("Version " + v.versionNo() + (approvedVersions.contains(v.versionNo()) ? " (approved)" : "")
                + " — read-only");
        var hash = new Paragraph("SHA-256 " + v.hash());
        hash.addClassName("pl-hash");
        versionView.add(title, hash);
        if (v.sanitiserNote() != null) {
            var note = new Paragraph("Sanitiser: " + v.sanitiserNote());
            note.addClassName("pl-muted");
            versionView.add(note);
        }
        versionView.add(ReviewSupport.content(v));
    }

    void renderDiff() {
        diffBox.removeAll();
        if (detail == null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        if (from.getValue().equals(to.getValue())) {
            diffBox.add(new Paragraph("Choose two different versions to compare."));
            return;
        }
        List<ContentDiff.FieldDiff> diffs;
        try {
            diffs = creatives.diff(detail.id(), from.getValue(), to.getValue());
        } catch (com.porchlight.creative.CreativeException e) {
            diffBox.add(new Paragraph(e.getMessage()));
            return;
        }
        var head = new Div(new Span(""), new Span("Version " + from.getValue()), new Span("Version " + to.getValue()));
        head.addClassName("pl-diff-row");
        head.addClassName("pl-diff-head");
        diffBox.add(head);
        int shown = 0;
        for (ContentDiff.FieldDiff f : diffs) {
            if (!f.changed() && !showUnchanged.getValue()) {
                continue;
            }
            shown++;
            var left = new Div();
            var right = new Div();
            left.addClassName("pl-diff-side");
            right.addClassName("pl-diff-side");
            for (ContentDiff.Segment s : f.segments()) {
                switch (s.kind()) {
                    case EQUAL -> {
                        left.add(new Span(s.text()));
                        right.add(new Span(s.text()));
                    }
                    case REMOVED -> {
                        var del = new Span(s.text());
                        del.addClassName("pl-diff-removed");
                        left.add(del);
                    }
                    case ADDED -> {
                        var ins = new Span(s.text());
                        ins.addClassName("pl-diff-added");
                        right.add(ins);
                    }
                }
            }
            var label = new Span(f.label());
            label.addClassName("pl-diff-label");
            var row = new Div(label, left, right);
            row.addClassName("pl-diff-row");
            if (f.changed()) {
                row.addClassName("pl-diff-changed");
            }
            diffBox.add(row);
        }
        if (shown == 0) {
            diffBox.add(new Paragraph("Nothing changed between these versions."));
        }
    }

    private void verifyChain() {
        try {
            ChainVerification v = creatives.verifyChain();
            verification.setText(v.summary() + " (" + ReviewSupport.when(v.verifiedAt()) + ")");
            verification.getElement().setAttribute("data-intact", String.valueOf(v.intact()));
            if (!v.intact()) {
                Notifications.error(v.summary());
            }
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow verifying the audit chain.");
        }
    }
}
