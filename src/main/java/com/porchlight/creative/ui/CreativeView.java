package com.porchlight.creative.ui;

import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Notifications;
import com.porchlight.creative.ChannelLayout;
import com.porchlight.creative.CreativeConflictException;
import com.porchlight.creative.CreativeContent;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeException;
import com.porchlight.creative.CreativeHash;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.CreativeStatus;
import com.porchlight.creative.CreativeSummary;
import com.porchlight.creative.RateQuote;
import com.porchlight.rate.MarketRateService;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.LoanOfficerDirectory;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One creative: its header (name, channel, status, version and hash, staleness, expiry), the marketer's actions, and
 * four tabs — the channel's editor with the live pre-check, the customer's-eye preview, the review panel and the
 * history. Content is read-only for anyone who is not a marketer and for live or closed creatives, and the screen
 * says why.
 */
@Route("creatives/:id")
@RolesAllowed({Roles.MARKETER, Roles.COMPLIANCE, Roles.CMO, Roles.ADMIN})
@StyleSheet("creatives.css")
class CreativeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CreativeService creatives;
    private final MarketRateService rates;
    private final LoanOfficerDirectory loanOfficers;
    private final Clock clock;

    private final Div header = new Div();
    private final Div banners = new Div();
    final Div problems = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final TabSheet tabs = new TabSheet();
    private final Div previewBox = new Div();
    private @Nullable Tab previewTab;
    private @Nullable ContentEditor editor;
    private @Nullable ReviewPanel review;
    private @Nullable HistoryPanel history;
    private @Nullable CreativeDetail detail;
    private String title = "Creative";

    final Button save = new Button("Save", new Icon(VaadinIcon.CHECK), e -> save());
    final Button submit = new Button("Submit for review", new Icon(VaadinIcon.PAPERPLANE), e -> submit());
    final Button goLive = new Button("Go live", new Icon(VaadinIcon.PLAY), e -> goLive());
    final Button expiry = new Button("Set expiry", new Icon(VaadinIcon.CALENDAR), e -> openExpiryDialog());
    final Button duplicate = new Button("Duplicate", new Icon(VaadinIcon.COPY_O), e -> duplicate());
    final Button retire = new Button("Retire", new Icon(VaadinIcon.ARCHIVE), e -> openRetireDialog());

    CreativeView(CreativeService creatives, MarketRateService rates, LoanOfficerDirectory loanOfficers, Clock clock) {
        this.creatives = creatives;
        this.rates = rates;
        this.loanOfficers = loanOfficers;
        this.clock = clock;
        addClassName("pl-page");
        addClassName("pl-creative");
        header.addClassName("pl-cr-header");
        banners.addClassName("pl-cr-banners");
        problems.addClassName("pl-cr-submit-problems");
        problems.setVisible(false);
        actions.addClassName("pl-cr-actions");
        actions.setWrap(true);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        retire.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        actions.add(save, submit, goLive, expiry, duplicate, retire);
        previewBox.addClassName("pl-cr-preview-tab");
        tabs.addClassName("pl-cr-tabs");
        tabs.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            missing("There is no creative \u201c" + event.getRouteParameters().get("id").orElse("") + "\u201d.");
            return;
        }
        CreativeDetail d;
        try {
            d = creatives.get(id);
        } catch (CreativeException e) {
            missing(e.getMessage());
            return;
        }
        editor = new ContentEditor(creatives, rates, loanOfficers, d.summary().channel(), this::edited);
        review = new ReviewPanel(creatives, this::reload);
        history = new HistoryPanel(creatives);
        tabs.getChildren().toList().forEach(c -> c.getElement().removeFromParent());
        var fresh = new TabSheet();
        fresh.addClassName("pl-cr-tabs");
        fresh.setWidthFull();
        fresh.add("Content", editor);
        previewTab = fresh.add("Preview", previewBox);
        fresh.add("Review", review);
        fresh.add("History", history);
        fresh.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == previewTab) {
                showPreview();
            }
        });
        add(new RouterLink("← All creatives", CreativesView.class), header, banners, actions, problems, fresh);
        show(d, true);
    }

    private void missing(String message) {
        title = "Creative not found";
        add(new RouterLink("← All creatives", CreativesView.class), new H2("Creative not found"), new Paragraph(message));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    // ------------------------------------------------------------------ showing

    private boolean marketer() {
        return CurrentUser.hasAnyRole(Roles.MARKETER);
    }

    /** Whether this user may change the content now. */
    boolean editable() {
        return detail != null && marketer() && detail.status().editable();
    }

    private void show(CreativeDetail d, boolean resetEditor) {
        this.detail = d;
        CreativeSummary s = d.summary();
        title = s.name();
        UI.getCurrent().getPage().setTitle(title);
        showHeader(d);
        showBanners(d);
        if (editor != null) {
            if (resetEditor) {
                editor.setContent(d.current().content());
            }
            editor.setReadOnly(!editable());
            editor.showComments(creatives.comments(s.id(), null), d.current().versionNo());
        }
        if (review != null) {
            review.show(d);
        }
        if (history != null) {
            history.show(d);
        }
        showActions();
    }

    private void showHeader(CreativeDetail d) {
        CreativeSummary s = d.summary();
        header.removeAll();
        var name = new H2(s.name());
        name.addClassName("pl-cr-title");
        var titleRow = new Div(name, CreativesView.statusBadge(s.status()));
        titleRow.addClassName("pl-cr-title-row");
        if (CurrentUser.hasAnyRole(Roles.MARKETER, Roles.CMO)) {
            var rename = new Button(new Icon(VaadinIcon.PENCIL), e -> openRenameDialog());
            rename.addThemeVariants(ButtonVariant.TERTIARY);
            rename.setAriaLabel("Rename");
            rename.setTooltipText("Rename");
            titleRow.add(rename);
        }
        var facts = new Div();
        facts.addClassName("pl-cr-facts");
        facts.add(fact("Channel", ChannelLayout.label(s.channel())));
        var version = fact("Version", "v" + d.current().versionNo() + " · " + d.hash().substring(0, 12));
        version.getElement().setAttribute("title", "SHA-256 " + d.hash());
        facts.add(version);
        facts.add(fact("Owner", s.owner()));
        facts.add(fact("Expires", s.expiresOn() == null ? "No expiry" : CreativesView.DAY.format(s.expiresOn())));
        RateQuote q = d.current().quote();
        if (q != null) {
            facts.add(fact("Quotes", q.product().shortLabel() + " " + q.rate().toPlainString() + "% (APR "
                    + q.apr().toPlainString() + "%) as of " + Formats.MINUTE.format(q.asOf())));
        }
        if (s.claimedBy() != null && s.status() == CreativeStatus.IN_REVIEW) {
            facts.add(fact("Reviewer", s.claimedBy()));
        }
        facts.add(fact("Approvals", d.cmoRequired() ? "Compliance, then CMO" : "Compliance"));
        header.add(titleRow, facts);
    }

    private static Span fact(String label, String value) {
        var l = new Span(label);
        l.addClassName("pl-cr-fact-label");
        var v = new Span(value);
        v.addClassName("pl-cr-fact-value");
        var f = new Span(l, v);
        f.addClassName("pl-cr-fact");
        return f;
    }

    private void showBanners(CreativeDetail d) {
        banners.removeAll();
        CreativeSummary s = d.summary();
        if (s.stale() && !s.status().closed()) {
            var text = new Span("The quoted rate is stale: " + s.staleReason() + ". It cannot go live until the quote "
                    + "is current.");
            var banner = banner("pl-cr-banner-stale", VaadinIcon.WARNING, text);
            if (editable() && d.current().quote() != null) {
                var requote = new Button("Re-take today's rate", e -> requote());
                requote.addThemeVariants(ButtonVariant.SMALL);
                requote.setTooltipText("When the copy still holds: saves a new version with today's market rate; "
                        + "it needs approval again.");
                banner.add(requote);
            }
            banners.add(banner);
        }
        String reason = readOnlyReason(d);
        if (reason != null) {
            banners.add(banner("pl-cr-banner-info", VaadinIcon.LOCK, new Span(reason)));
        } else if (inWorkflow(s.status())) {
            banners.add(banner("pl-cr-banner-info", VaadinIcon.INFO_CIRCLE, new Span("This version is \u201c"
                    + s.status().label() + "\u201d. Saving a change makes version "
                    + (d.current().versionNo() + 1) + ", a draft: the review starts again.")));
        }
        if (s.status() == CreativeStatus.RETIRED && s.retiredReason() != null) {
            banners.add(banner("pl-cr-banner-info", VaadinIcon.ARCHIVE, new Span("Retired: " + s.retiredReason())));
        }
        banners.setVisible(banners.getComponentCount() > 0);
    }

    private static boolean inWorkflow(CreativeStatus status) {
        return switch (status) {
            case SUBMITTED, IN_REVIEW, COMPLIANCE_APPROVED, CMO_APPROVED, APPROVED -> true;
            default -> false;
        };
    }

    /** Why the content cannot be edited here, or null when it can. */
    @Nullable String readOnlyReason(CreativeDetail d) {
        CreativeStatus status = d.status();
        if (!status.editable()) {
            return ChannelLayout.label(d.summary().channel()) + " creatives that are "
                    + status.label().toLowerCase(Locale.ROOT) + " cannot change. "
                    + (marketer() ? "Duplicate it to edit a copy." : "");
        }
        if (!marketer()) {
            if (CurrentUser.hasAnyRole(Roles.COMPLIANCE)) {
                return "Compliance officers review the copy; only marketers change it. Comment or request changes "
                        + "on the Review tab.";
            }
            return "Only marketers change the copy; you can read it, preview it and follow its review.";
        }
        return null;
    }

    private Div banner(String cls, VaadinIcon icon, Component text) {
        var b = new Div(new Icon(icon), text);
        b.addClassName("pl-cr-banner");
        b.addClassName(cls);
        return b;
    }

    private void showActions() {
        CreativeDetail d = detail;
        if (d == null) {
            return;
        }
        CreativeStatus status = d.status();
        boolean m = marketer();
        boolean marketerOrCmo = CurrentUser.hasAnyRole(Roles.MARKETER, Roles.CMO);
        save.setVisible(editable());
        submit.setVisible(editable() && (status == CreativeStatus.DRAFT || status == CreativeStatus.CHANGES_REQUESTED
                || dirty()));
        goLive.setVisible(marketerOrCmo && status == CreativeStatus.APPROVED);
        expiry.setVisible(marketerOrCmo && !status.closed());
        duplicate.setVisible(m);
        retire.setVisible(CurrentUser.hasAnyRole(Roles.MARKETER, Roles.COMPLIANCE, Roles.CMO)
                && status != CreativeStatus.RETIRED);
        actions.setVisible(actions.getChildren().anyMatch(Component::isVisible));
    }

    boolean dirty() {
        if (editor == null || detail == null || !editable()) {
            return false;
        }
        return !CreativeHash.normalise(editor.content()).equals(CreativeHash.normalise(detail.current().content()));
    }

    private void edited() {
        save.setText(dirty() ? "Save" : "Save");
        save.getElement().setAttribute("data-dirty", dirty() ? "true" : "false");
        showActions();
    }

    private void showPreview() {
        previewBox.removeAll();
        if (editor == null) {
            return;
        }
        CreativeContent content = editable() ? editor.content() : detail.current().content();
        if (dirty()) {
            var note = new Paragraph("Preview of the editor's content, including changes not saved yet.");
            note.addClassName("pl-muted");
            previewBox.add(note);
        }
        previewBox.add(new CreativePreview(creatives, content));
    }

    /** Loads the creative again (after a review action or a conflict); unsaved edits are replaced. */
    void reload() {
        if (detail == null) {
            return;
        }
        try {
            show(creatives.get(detail.id()), true);
        } catch (CreativeException e) {
            Notifications.error(e.getMessage());
        }
    }

    // ------------------------------------------------------------------ actions

    void save() {
        CreativeDetail d = detail;
        if (d == null || editor == null) {
            return;
        }
        problems.setVisible(false);
        try {
            int before = d.current().versionNo();
            CreativeDetail saved = creatives.saveDraft(d.id(), d.summary().version(), editor.content());
            int after = saved.current().versionNo();
            if (after == before) {
                Notifications.success("No changes: version " + after + " is unchanged.");
            } else {
                String note = saved.current().sanitiserNote();
                Notifications.success("Saved as version " + after
                        + (d.status() != CreativeStatus.DRAFT ? "; it is a draft again and needs review" : "")
                        + (note == null ? "." : ". Removed from the HTML: " + note + "."));
            }
            show(saved, true);
        } catch (CreativeConflictException e) {
            conflict();
        } catch (CreativeException e) {
            Notifications.error(e.getMessage());
        }
    }

    void submit() {
        CreativeDetail d = detail;
        if (d == null || editor == null) {
            return;
        }
        problems.setVisible(false);
        try {
            if (dirty()) {
                d = creatives.saveDraft(d.id(), d.summary().version(), editor.content());
                show(d, true);
            }
            CreativeDetail submitted = creatives.submit(d.id(), d.summary().version());
            Notifications.success("Version " + submitted.current().versionNo() + " is submitted for compliance "
                    + "review.");
            show(submitted, true);
        } catch (CreativeConflictException e) {
            conflict();
        } catch (CreativeException e) {
            showProblems(e);
        }
    }

    private void showProblems(CreativeException e) {
        problems.removeAll();
        var close = new Button(new Icon(VaadinIcon.CLOSE_SMALL), c -> problems.setVisible(false));
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setAriaLabel("Close");
        String message = e.problems().isEmpty() ? e.getMessage() : "It cannot be submitted yet:";
        var head = new Div(new H4(message), close);
        head.addClassName("pl-cr-problems-head");
        problems.add(head);
        if (!e.problems().isEmpty()) {
            var list = new UnorderedList();
            e.problems().forEach(p -> list.add(new ListItem(p)));
            problems.add(list);
        }
        problems.setVisible(true);
    }

    void goLive() {
        CreativeDetail d = detail;
        if (d == null) {
            return;
        }
        try {
            show(creatives.goLive(d.id(), d.hash()), true);
            Notifications.success("Version " + d.current().versionNo() + " is live.");
        } catch (CreativeConflictException e) {
            conflict();
        } catch (CreativeException e) {
            Notifications.error(e.getMessage());
            reload();
        }
    }

    void requote() {
        CreativeDetail d = detail;
        if (d == null) {
            return;
        }
        try {
            CreativeDetail q = creatives.requote(d.id(), d.summary().version());
            RateQuote quote = q.current().quote();
            Notifications.success("Version " + q.current().versionNo() + " quotes today's rate"
                    + (quote == null ? "" : " (" + quote.rate().toPlainString() + "%)") + "; submit it for review.");
            show(q, true);
        } catch (CreativeConflictException e) {
            conflict();
        } catch (CreativeException e) {
            Notifications.error(e.getMessage());
        }
    }

    void duplicate() {
        CreativeDetail d = detail;
        if (d == null) {
            return;
        }
        try {
            CreativeDetail copy = creatives.duplicate(d.id());
            Notifications.success("Created \u201c" + copy.summary().name() + "\u201d, a draft copy of version "
                    + d.current().versionNo() + ".");
            UI.getCurrent().navigate("creatives/" + copy.id());
        } catch (CreativeException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void openRenameDialog() {
        CreativeDetail d = detail;
        if (d == null) {
            return;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle("Rename creative");
        var name = new TextField("Name");
        name.setValue(d.summary().name());
        name.setMaxLength(200);
        name.setWidth("26rem");
        var ok = new Button("Rename", e -> {
            try {
                creatives.rename(d.id(), d.summary().version(), name.getValue());
                dialog.close();
                reloadKeepingEdits();
                Notifications.success("Renamed to \u201c" + name.getValue().strip() + "\u201d.");
            } catch (CreativeConflictException ex) {
                dialog.close();
                conflict();
            } catch (CreativeException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    private void openExpiryDialog() {
        CreativeDetail d = detail;
        if (d == null) {
            return;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle("Expiry date");
        var date = new DatePicker("Runs until (inclusive)");
        date.setMin(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        date.setValue(d.summary().expiresOn());
        date.setClearButtonVisible(true);
        date.setHelperText("After this date an approved or live creative expires. Leave empty for no expiry.");
        var ok = new Button("Save expiry", e -> {
            try {
                creatives.setExpiry(d.id(), d.summary().version(), date.getValue());
                dialog.close();
                reloadKeepingEdits();
                Notifications.success(date.getValue() == null ? "No expiry date." : "Expires after "
                        + CreativesView.DAY.format(date.getValue()) + ".");
            } catch (CreativeConflictException ex) {
                dialog.close();
                conflict();
            } catch (CreativeException ex) {
                date.setInvalid(true);
                date.setErrorMessage(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(date);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    private void openRetireDialog() {
        CreativeDetail d = detail;
        if (d == null) {
            return;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle("Retire \u201c" + d.summary().name() + "\u201d?");
        var reason = new TextArea("Reason");
        reason.setWidth("28rem");
        reason.setMaxLength(1000);
        reason.setHelperText("Kept in the audit record. A retired creative cannot run again; duplicate it to reuse "
                + "the copy.");
        var ok = new Button("Retire", e -> {
            try {
                show(creatives.retire(d.id(), reason.getValue()), true);
                dialog.close();
                Notifications.success("Retired.");
            } catch (CreativeConflictException ex) {
                dialog.close();
                conflict();
            } catch (CreativeException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.add(new Paragraph("Retiring closes it for good: it can no longer be edited, approved or set live here. Take it down in "
                + "every channel where it runs; the reason stays in its record."), reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    /** After a change that does not touch the content (rename, expiry): keeps what the author is typing. */
    private void reloadKeepingEdits() {
        if (detail == null) {
            return;
        }
        boolean keep = dirty();
        show(creatives.get(detail.id()), !keep);
    }

    /** Someone else saved first: the editor keeps the author's text; "Reload" shows theirs. */
    private void conflict() {
        var n = new Notification();
        n.addThemeVariants(NotificationVariant.ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        n.setDuration(0);
        var text = new Div(new CreativeConflictException().getMessage());
        text.addClassName("pl-notification-text");
        var reload = new Button("Reload", e -> {
            n.close();
            reload();
        });
        reload.addThemeVariants(ButtonVariant.PRIMARY);
        var close = new Button("Keep editing", e -> n.close());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        n.add(new HorizontalLayout(text, reload, close));
        n.open();
    }

    @Nullable ContentEditor editor() {
        return editor;
    }

    @Nullable CreativeDetail detail() {
        return detail;
    }

    List<String> shownProblems() {
        return problems.getChildren().flatMap(c -> c instanceof UnorderedList ul ? ul.getChildren() : java.util.stream.Stream.empty())
                .map(li -> ((ListItem) li).getText()).toList();
    }
}
