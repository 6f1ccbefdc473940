package com.porchlight.creative.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.creative.ChainVerification;
import com.porchlight.creative.ChannelLayout;
import com.porchlight.creative.CreativeException;
import com.porchlight.creative.CreativeFilter;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.CreativeSummary;
import com.porchlight.creative.ExaminerExport;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * For an examiner: one creative, or every creative with activity in a date range, as a PDF (the content as approved,
 * every version, findings, overrides, checklists, decisions, comments, the timeline) and a CSV of the audit records,
 * with the audit chain verified at export time.
 */
@Route("creatives/export")
@PageTitle("Examiner export")
@Menu(order = 86, icon = "vaadin:download", title = "Examiner export")
@RolesAllowed({Roles.COMPLIANCE, Roles.CMO, Roles.ADMIN})
@StyleSheet("creative-review.css")
class ExaminerExportView extends Div {

    enum Mode { ONE, RANGE }

    private final ExaminerExport export;
    private final CreativeService creatives;
    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>("Export");
    final ComboBox<CreativeSummary> creative = new ComboBox<>("Creative");
    final DatePicker first = new DatePicker("From");
    final DatePicker last = new DatePicker("To (inclusive)");
    final Anchor pdf;
    final Anchor csv;
    final Span scopeText = new Span();
    final Button verify = new Button("Verify audit chain");
    final Paragraph verification = new Paragraph();

    ExaminerExportView(ExaminerExport export, CreativeService creatives, Clock clock) {
        this.export = export;
        this.creatives = creatives;
        addClassName("pl-page");
        addClassName("pl-examiner-export");

        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> m == Mode.ONE ? "One creative" : "A date range");
        mode.setValue(Mode.ONE);
        mode.addValueChangeListener(e -> update());

        creative.setItems(query -> creatives.page(CreativeFilter.all().withText(query.getFilter().orElse("")),
                query.getOffset(), query.getLimit()).stream());
        creative.setItemLabelGenerator(s -> "#" + s.id() + " " + s.name() + " (" + ChannelLayout.label(s.channel())
                + ", " + s.status().label().toLowerCase(java.util.Locale.ROOT) + ")");
        creative.setPlaceholder("Type part of the name or the author");
        creative.setWidth("32rem");
        creative.addValueChangeListener(e -> update());

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        first.setValue(today.minusDays(30));
        last.setValue(today);
        first.addValueChangeListener(e -> update());
        last.addValueChangeListener(e -> update());

        pdf = download("Download PDF", VaadinIcon.FILE_TEXT_O, "pdf", "application/pdf", export::pdf);
        csv = download("Download CSV", VaadinIcon.TABLE, "csv", "text/csv; charset=UTF-8", export::csv);

        var pickOne = new HorizontalLayout(creative);
        var pickRange = new HorizontalLayout(first, last);
        pickOne.addClassName("pl-ex-one");
        pickRange.addClassName("pl-ex-range");
        var links = new HorizontalLayout(pdf, csv);
        links.setAlignItems(FlexComponent.Alignment.CENTER);
        scopeText.addClassName("pl-muted");

        verify.addClickListener(e -> verifyChain());
        var retention = new Paragraph(ExaminerExportRetention.TEXT);
        retention.addClassName("pl-muted");
        var intro = new Paragraph("The PDF holds, per creative: the content as approved with its SHA-256, every "
                + "version, the pre-check stored with each submission, overrides with their justifications, the "
                + "reviewers' checklists, approvals and rejections, comments, the full timeline and the audit chain "
                + "verified at export time. The CSV has one row per audit record. Exports are recorded in the audit "
                + "log.");
        add(new H2("Examiner export"), intro, mode, pickOne, pickRange, scopeText, links,
                new H3("Audit chain"), new HorizontalLayout(verify), verification, new H3("Retention"), retention);
        update();
    }

    private Anchor download(String text, VaadinIcon icon, String extension, String contentType,
            Function<ExaminerExport.Scope, byte[]> writer) {
        var anchor = new Anchor((DownloadHandler) event -> {
            ExaminerExport.@Nullable Scope scope = scope();
            if (scope == null) {
                event.getResponse().setStatus(400);
                return;
            }
            try {
                byte[] bytes = writer.apply(scope);
                event.setFileName(export.fileName(scope, extension));
                event.setContentType(contentType);
                event.setContentLength(bytes.length);
                event.getOutputStream().write(bytes);
            } catch (CreativeException e) {
                event.getResponse().setStatus(400);
                event.getUI().access(() -> Notifications.error(ReviewSupport.message(e)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "");
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("download", true);
        var button = new Button(text, new Icon(icon));
        button.addThemeVariants(extension.equals("pdf") ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
        anchor.add(button);
        return anchor;
    }

    /** What the links download now, or nothing while the choice is incomplete. */
    ExaminerExport.@Nullable Scope scope() {
        if (mode.getValue() == Mode.ONE) {
            return creative.getValue() == null ? null : ExaminerExport.Scope.of(creative.getValue().id());
        }
        if (first.getValue() == null || last.getValue() == null || last.getValue().isBefore(first.getValue())) {
            return null;
        }
        return ExaminerExport.Scope.days(first.getValue(), last.getValue());
    }

    private void update() {
        boolean one = mode.getValue() == Mode.ONE;
        creative.getParent().ifPresent(p -> p.setVisible(one));
        first.getParent().ifPresent(p -> p.setVisible(!one));
        ExaminerExport.@Nullable Scope scope = scope();
        String problem = null;
        if (scope == null) {
            problem = one ? "Choose a creative." : last.getValue() != null && first.getValue() != null
                    ? "The end of the range is before its start." : "Choose both dates.";
        } else if (!one) {
            try {
                int n = export.creativesIn(scope).size();
                scopeText.setText(n == 0 ? "No creative has any activity in this range." : n == 1
                        ? "1 creative had activity in this range." : n + " creatives had activity in this range.");
                if (n == 0) {
                    problem = scopeText.getText();
                }
            } catch (CreativeException e) {
                problem = e.getMessage();
            }
        } else {
            scopeText.setText("Exports creative #" + scope.creativeId() + ".");
        }
        if (problem != null) {
            scopeText.setText(problem);
        }
        pdf.setEnabled(problem == null);
        csv.setEnabled(problem == null);
        pdf.getChildren().forEach(c -> c.getElement().setEnabled(pdf.isEnabled()));
        csv.getChildren().forEach(c -> c.getElement().setEnabled(csv.isEnabled()));
    }

    private void verifyChain() {
        ChainVerification v = creatives.verifyChain();
        verification.setText(v.summary() + " (verified " + ReviewSupport.when(v.verifiedAt()) + ").");
        verification.getElement().setAttribute("data-intact", String.valueOf(v.intact()));
        verification.setClassName(v.intact() ? "pl-chain-intact" : "pl-chain-broken");
    }

    /** The retention statement shown here and printed in every PDF. */
    static final class ExaminerExportRetention {
        static final String TEXT = "Porchlight offers no way to delete a version or an audit record, and database "
                + "triggers refuse UPDATE and DELETE on them for every user: approved versions and their record are "
                + "retained for at least 24 months (Reg N, 12 CFR 1014.5).";

        private ExaminerExportRetention() {
        }
    }
}
