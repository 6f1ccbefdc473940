package com.porchlight.lead.ui;

import com.porchlight.base.UsStates;
import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Notifications;
import com.porchlight.lead.LeadException;
import com.porchlight.lead.LeadProfile;
import com.porchlight.lead.LeadScoreSummary;
import com.porchlight.lead.LeadService;
import com.porchlight.lead.Stage;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One lead, in readable sections: its score explained rule by rule, borrower, loan, routing, consent with its
 * evidence, stage history and the event timeline, with the stage changes, consent changes and assignment the service
 * permits the user. Everything shown
 * comes from {@link LeadService#profile}, which has already decided what this user may see and do.
 */
@Route("leads/:id")
@RolesAllowed({Roles.ADMIN, Roles.CMO, Roles.MARKETER, Roles.COMPLIANCE, Roles.LOAN_OFFICER})
@StyleSheet("leads.css")
class LeadProfileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LeadService leads;
    private @Nullable LeadProfile profile;
    private String title = "Lead";

    LeadProfileView(LeadService leads) {
        this.leads = leads;
        addClassName("pl-page");
        addClassName("pl-lead-profile");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            showMissing("There is no lead \"" + raw + "\".");
            return;
        }
        try {
            show(leads.profile(id));
        } catch (LeadException e) {
            showMissing(e.getMessage());
        }
    }

    private void showMissing(String message) {
        profile = null;
        title = "Lead not found";
        removeAll();
        var text = new Paragraph(message);
        text.addClassName("pl-lead-missing");
        add(backLink(), new H2("Lead not found"), text);
    }

    private static RouterLink backLink() {
        var link = new RouterLink("← All leads", LeadsView.class);
        link.addClassName("pl-back");
        return link;
    }

    void show(LeadProfile p) {
        this.profile = p;
        LeadProfile.Lead l = p.lead();
        title = "Lead: " + l.name();
        removeAll();

        var name = new H2(l.name());
        name.addClassName("pl-lead-name");
        var heading = new HorizontalLayout(name, LeadsView.stageBadge(l.stage()));
        heading.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        heading.addClassName("pl-lead-heading");
        var subtitle = new Paragraph("Lead #" + l.id() + " · " + l.loanPurpose().label() + " · "
                + UsStates.name(l.state()) + " · received " + LeadsViewFormat.time(l.receivedAt()) + " from "
                + p.source().name());
        subtitle.addClassName("pl-muted");
        add(backLink(), heading, subtitle, actions(p));

        var sections = new Div(score(p), borrower(l), loan(l), routing(p), consent(p));
        sections.addClassName("pl-lead-sections");
        add(sections, history(p), timeline(p));
    }

    // ----- Actions -----

    private Component actions(LeadProfile p) {
        var bar = new HorizontalLayout();
        bar.addClassName("pl-lead-actions");
        bar.setWrap(true);
        LeadProfile.Lead l = p.lead();
        for (Stage to : p.permittedStages()) {
            Button b;
            if (to == Stage.LOST || to == Stage.FUNDED) {
                b = new Button(stageAction(l.stage(), to) + "…", e -> new LeadProfileStageDialog(to,
                        reason -> leads.changeStage(l.id(), l.version(), to, reason), this::changed).open());
            } else {
                b = new Button(stageAction(l.stage(), to), e -> run(() -> leads.changeStage(l.id(), l.version(), to,
                        null), "Moved to " + to.label() + "."));
            }
            if (to == Stage.LOST) {
                b.addThemeVariants(ButtonVariant.ERROR);
            } else if (bar.getComponentCount() == 0) {
                b.addThemeVariants(ButtonVariant.PRIMARY);
            }
            bar.add(b);
        }
        if (!p.consentChanges().isEmpty()) {
            bar.add(new Button("Record consent change…", new Icon(VaadinIcon.SHIELD), e -> new LeadProfileConsentDialog(
                    p.consentChanges(), (change, source) -> leads.recordConsent(l.id(), l.version(), change, source),
                    this::changed).open()));
        }
        if (p.mayAssign()) {
            bar.add(new Button(p.loanOfficer() == null ? "Assign loan officer…" : "Reassign…",
                    new Icon(VaadinIcon.USER_CHECK), e -> new LeadProfileAssignDialog(l.state(),
                            leads.assignableLoanOfficers(l.id()), lo -> leads.assign(l.id(), l.version(), lo),
                            this::changed).open()));
        }
        if (bar.getComponentCount() == 0) {
            var readOnly = new Span(l.stage() == Stage.FUNDED ? "Funded: nothing left to change."
                    : "Read only: your role can see this lead but not change it.");
            readOnly.addClassName("pl-muted");
            bar.add(readOnly);
        }
        return bar;
    }

    static String stageAction(Stage from, Stage to) {
        return switch (to) {
            case CONTACTED -> from == Stage.LOST ? "Reopen as contacted" : "Mark contacted";
            case MQL -> "Mark marketing qualified";
            case SQL -> "Mark sales qualified";
            case APPLICATION -> "Mark application";
            case FUNDED -> "Mark funded";
            case LOST -> "Mark lost";
            case NEW -> "Mark new";
        };
    }

    private void changed(LeadProfile updated) {
        show(updated);
    }

    private void run(Supplier<LeadProfile> action, String success) {
        try {
            show(action.get());
            Notifications.success(success);
        } catch (LeadException e) {
            Notifications.error(e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            Notifications.changedBySomeoneElse();
        }
    }

    // ----- Sections -----

    private static Div section(String heading, Component... content) {
        var h = new H3(heading);
        var div = new Div(h);
        div.add(content);
        div.addClassName("pl-lead-section");
        return div;
    }

    private static Div facts(String... labelsAndValues) {
        var list = new Div();
        list.addClassName("pl-facts");
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            var term = new Span(labelsAndValues[i]);
            term.addClassName("pl-fact-label");
            var value = new Span(labelsAndValues[i + 1]);
            value.addClassName("pl-fact-value");
            list.add(term, value);
        }
        return list;
    }

    private static String yes(boolean v) {
        return v ? "Yes" : "No";
    }

    /**
     * The score as a loan officer reads it ("why is this lead 74?"): the total, fit and intent, MQL or not against the
     * threshold, the model, and every rule that contributed. A qualified lead whose score has fallen below the threshold
     * says so: the stage is not moved back by scoring (ADR 0009), a person decides.
     */
    static Div score(LeadProfile p) {
        LeadScoreSummary s = p.score();
        if (s == null) {
            var none = new Paragraph("Not scored yet: no scoring model is published.");
            none.addClassName("pl-muted");
            return section("Score", none);
        }
        var total = new Span(number(s.total()));
        total.addClassName("pl-score-total");
        total.setId("lead-score-total");
        var verdict = new Badge(s.mql() ? "MQL" : "Below MQL threshold");
        verdict.addThemeVariants(s.mql() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        var headline = new Div(total, verdict);
        headline.addClassName("pl-score-headline");
        Div card = section("Score", headline, facts(
                "Fit", Integer.toString(s.fit()),
                "Intent", number(s.intent()),
                "MQL", (s.mql() ? "Yes" : "No") + " (threshold " + s.threshold() + ")",
                "Model", "v" + s.modelVersion(),
                "As of", LeadsViewFormat.time(s.computedAt())));
        if (p.belowThresholdInQualifiedStage()) {
            var fell = p.fellBelowThresholdAt();
            String stage = p.lead().stage().label();
            var warning = new Paragraph((fell != null
                    ? "Score fell below the MQL threshold on " + LeadsViewFormat.time(fell)
                    : "The score is below the MQL threshold (" + s.threshold() + ")")
                    + " — the stage stays " + stage + "; mark it lost or keep working it.");
            warning.addClassName("pl-score-warning");
            card.add(warning);
        }
        var why = new UnorderedList();
        why.addClassName("pl-score-explanation");
        s.explanation().forEach(line -> why.add(new ListItem(line)));
        card.add(new H3("Why"), why);
        return card;
    }

    /** 74.5, 40 (never 40.00 or 4E+1). */
    private static String number(java.math.BigDecimal v) {
        java.math.BigDecimal plain = v.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static Div borrower(LeadProfile.Lead l) {
        return section("Borrower", facts(
                "Name", l.name(),
                "Email", LeadsViewFormat.orDash(l.email()),
                "Phone", l.phone() == null ? "—" : LeadsViewFormat.phone(l.phone()),
                "State", l.state() + " – " + UsStates.name(l.state()),
                "County", LeadsViewFormat.orDash(l.county()),
                "ZIP", LeadsViewFormat.orDash(l.zip()),
                "First-time buyer", yes(l.firstTimeBuyer()),
                "Veteran", yes(l.veteran()),
                "External ID", LeadsViewFormat.orDash(l.externalId())));
    }

    private static Div loan(LeadProfile.Lead l) {
        return section("Loan", facts(
                "Purpose", l.loanPurpose().label(),
                "Program", l.loanProgram() == null ? "—" : l.loanProgram().label(),
                "Credit", (l.creditScore() == null ? "" : l.creditScore() + " · ")
                        + (l.creditBand() == null ? "—" : l.creditBand().label()),
                "Annual income", LeadsViewFormat.money(l.annualIncome()),
                "Monthly debt", LeadsViewFormat.money(l.monthlyDebt()),
                "DTI", LeadsViewFormat.percent(l.dti()),
                "Property value", LeadsViewFormat.money(l.propertyValue()),
                "Loan amount", LeadsViewFormat.money(l.loanAmount()),
                "LTV", LeadsViewFormat.percent(l.ltv()),
                "Current rate", LeadsViewFormat.percent(l.currentRate()),
                "Current loan", (l.currentProgram() == null ? "—" : l.currentProgram().label())
                        + (l.currentTermMonths() == null ? "" : ", " + l.currentTermMonths() + " months")
                        + (l.currentLoanOriginatedOn() == null ? "" : ", originated " + l.currentLoanOriginatedOn()),
                "Pre-qualified", LeadsViewFormat.time(l.prequalifiedAt()),
                "Pre-approved", LeadsViewFormat.time(l.preapprovedAt())));
    }

    private static Div routing(LeadProfile p) {
        LeadProfile.Lead l = p.lead();
        String officer = p.loanOfficer() == null
                ? (l.unassignable() ? "Unassignable: no loan officer is licensed in " + l.state() : "Unassigned")
                : p.loanOfficer().name() + (p.loanOfficer().nmlsId() == null ? "" : " (NMLS "
                        + p.loanOfficer().nmlsId() + ")");
        return section("Routing and speed to lead", facts(
                "Source", p.source().name() + " (" + p.source().channel().label()
                        + (p.source().active() ? "" : ", inactive") + ")",
                "Loan officer", officer,
                "Assigned", LeadsViewFormat.time(l.assignedAt()),
                "Received", LeadsViewFormat.time(l.receivedAt()),
                "First contact", LeadsViewFormat.time(l.firstContactedAt()),
                "Speed to lead", l.speedToLead() == null ? "Not contacted yet"
                        : LeadsViewFormat.duration(l.speedToLead()),
                "Stage since", LeadsViewFormat.time(l.stageChangedAt())
                        + (l.lostReason() == null ? "" : " — lost: " + l.lostReason()),
                "Last activity", LeadsViewFormat.time(l.lastActivityAt()),
                "Created by", l.createdBy() + (l.importId() == null ? "" : " (import #" + l.importId() + ")")));
    }

    private static Div consent(LeadProfile p) {
        var status = new Div();
        status.addClassName("pl-consent-status");
        for (LeadProfile.ChannelStatus c : p.consent()) {
            var row = new Div();
            row.addClassName("pl-consent-row");
            var icon = new Icon(c.allowed() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.BAN);
            icon.addClassName(c.allowed() ? "pl-consent-yes" : "pl-consent-no");
            var what = new Span(switch (c.channel()) {
                case EMAIL -> c.allowed() ? "Emailable" : "Not emailable";
                case SMS -> c.allowed() ? "Textable (SMS)" : "Not textable (SMS)";
                case PHONE -> c.allowed() ? "Callable" : "Not callable";
            });
            what.addClassName("pl-consent-what");
            var why = new Span(c.explanation());
            why.addClassName("pl-muted");
            row.add(icon, what, why);
            status.add(row);
        }
        var evidence = new Div();
        evidence.addClassName("pl-consent-evidence");
        if (p.consentEvidence().isEmpty()) {
            evidence.add(new Paragraph("No consent evidence on record."));
        }
        for (LeadProfile.ConsentEvidence e : p.consentEvidence()) {
            var item = new Div();
            item.addClassName("pl-evidence");
            var head = new Span(e.channel().label() + ": " + e.action().label() + " · "
                    + Formats.MINUTE.format(e.occurredAt()));
            head.addClassName("pl-evidence-head");
            var how = new Span("Captured by " + e.captureSource() + "; recorded by " + e.recordedBy() + " on "
                    + Formats.MINUTE.format(e.recordedAt()) + ".");
            how.addClassName("pl-muted");
            item.add(head, how);
            if (e.consentText() != null) {
                var text = new Paragraph("“" + e.consentText() + "”");
                text.addClassName("pl-consent-text");
                item.add(text);
            }
            evidence.add(item);
        }
        Div section = section("Consent", status, new H3("Evidence"), evidence);
        section.addClassName("pl-lead-section-wide");
        return section;
    }

    private static Div history(LeadProfile p) {
        var grid = new Grid<LeadProfile.StageChange>();
        grid.addColumn(c -> Formats.MINUTE.format(c.changedAt())).setHeader("When").setWidth("13rem")
                .setFlexGrow(0);
        grid.addColumn(c -> (c.from() == null ? "" : c.from().label() + " → ") + c.to().label()).setHeader("Change")
                .setAutoWidth(true);
        grid.addColumn(LeadProfile.StageChange::changedBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(c -> c.reason() == null ? "" : c.reason()).setHeader("Reason").setFlexGrow(1);
        grid.setItems(p.history());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addClassName("pl-lead-history");
        return section("Stage history", grid);
    }

    private static Div timeline(LeadProfile p) {
        if (p.timeline().isEmpty()) {
            return section("Timeline", new Paragraph("No engagement events yet."));
        }
        var grid = new Grid<LeadProfile.TimelineEvent>();
        grid.addColumn(e -> Formats.MINUTE.format(e.occurredAt())).setHeader("When").setWidth("13rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.type().label()).setHeader("Event").setWidth("14rem").setFlexGrow(0);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader("Detail").setFlexGrow(1);
        grid.setItems(p.timeline());
        grid.setAllRowsVisible(p.timeline().size() <= 20);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addClassName("pl-lead-timeline");
        var note = new Paragraph(p.eventCount() > p.timeline().size()
                ? "The newest " + LeadsViewFormat.count(p.timeline().size()) + " of "
                        + LeadsViewFormat.count(p.eventCount()) + " events."
                : LeadsViewFormat.count(p.eventCount()) + (p.eventCount() == 1 ? " event." : " events, newest first."));
        note.addClassName("pl-muted");
        return section("Timeline", note, grid);
    }

    /** The profile on screen (tests and dialogs use it). */
    @Nullable LeadProfile profile() {
        return profile;
    }
}
