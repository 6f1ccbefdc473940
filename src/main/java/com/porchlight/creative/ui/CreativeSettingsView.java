package com.porchlight.creative.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.creative.ChannelLayout;
import com.porchlight.creative.CreativeException;
import com.porchlight.creative.CreativePolicy;
import com.porchlight.creative.CreativeService;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The creative workflow's settings: when a quoted rate goes stale, the review SLA, and which channels need a CMO's
 * approval (paid media and mass email always do, so those are shown locked on). CMOs and administrators change them;
 * compliance officers read them.
 */
@Route("creatives/settings")
@PageTitle("Creative workflow")
@Menu(order = 83, icon = "vaadin:cog", title = "Creative workflow")
@RolesAllowed({Roles.CMO, Roles.ADMIN, Roles.COMPLIANCE})
@StyleSheet("creative-review.css")
class CreativeSettingsView extends Div {

    static final String LOCKED = "Paid media and mass email always need a CMO's approval: campaigns that reach many "
            + "borrowers at once carry the most risk, so this cannot be switched off.";

    private final CreativeService creatives;
    final IntegerField staleBps = new IntegerField("Rate move that makes a quote stale (bps)");
    final IntegerField staleDays = new IntegerField("Maximum age of a quoted rate (days)");
    final IntegerField slaDays = new IntegerField("Review SLA (business days)");
    final Map<Channel, Checkbox> cmo = new EnumMap<>(Channel.class);
    final Button save = new Button("Save");
    final Paragraph problems = new Paragraph();
    private long version;

    CreativeSettingsView(CreativeService creatives) {
        this.creatives = creatives;
        addClassName("pl-page");
        addClassName("pl-creative-settings");
        boolean editor = CurrentUser.hasAnyRole(Roles.CMO, Roles.COMPLIANCE);

        staleBps.setHelperText("1 to 500. Default 25: a quote is stale once the market rate moves more than this.");
        staleDays.setHelperText("1 to 90. Default 7: older quotes are stale even if the market did not move.");
        slaDays.setHelperText("1 to 30. Submissions waiting longer are highlighted in the review queue.");
        List.of(staleBps, staleDays, slaDays).forEach(f -> {
            f.setStepButtonsVisible(true);
            f.setReadOnly(!editor);
        });
        var numbers = new FormLayout(staleBps, staleDays, slaDays);
        numbers.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));

        var channels = new Div();
        channels.addClassName("pl-settings-channels");
        for (Channel c : Channel.values()) {
            var box = new Checkbox(ChannelLayout.label(c));
            if (ChannelLayout.cmoAlwaysRequired(c)) {
                box.setValue(true);
                box.setReadOnly(true);
                box.setHelperText("Always: paid media or mass email");
                box.setTooltipText(LOCKED);
            } else {
                box.setReadOnly(!editor);
            }
            cmo.put(c, box);
            channels.add(box);
        }
        var locked = new Paragraph(LOCKED);
        locked.addClassName("pl-muted");

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(editor);
        problems.addClassName("pl-settings-problems");
        problems.setVisible(false);

        add(new H2("Creative workflow"));
        if (!editor) {
            var ro = new Paragraph("Read-only: CMOs and compliance officers change these settings; administrators have no say in the "
                    + "approval rules.");
            ro.addClassName("pl-muted");
            add(ro);
        }
        add(new H3("Rate staleness and review SLA"), numbers, new H3("Who approves"),
                new Paragraph("Every creative needs a compliance officer's approval. Tick the channels that also "
                        + "need the CMO's."), channels, locked, problems,
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(save));
        load(creatives.policy());
    }

    private void load(CreativePolicy p) {
        version = p.version();
        staleBps.setValue(p.staleBps());
        staleDays.setValue(p.staleDays());
        slaDays.setValue(p.slaBusinessDays());
        cmo.forEach((c, box) -> box.setValue(p.cmoRequired(c)));
    }

    void save() {
        List<String> missing = new ArrayList<>();
        if (staleBps.getValue() == null) {
            missing.add("Enter the rate move in basis points.");
        }
        if (staleDays.getValue() == null) {
            missing.add("Enter the maximum age of a quote in days.");
        }
        if (slaDays.getValue() == null) {
            missing.add("Enter the review SLA in business days.");
        }
        if (!missing.isEmpty()) {
            showProblems("The settings were not saved.", missing);
            return;
        }
        Map<Channel, Boolean> required = new EnumMap<>(Channel.class);
        cmo.forEach((c, box) -> required.put(c, box.getValue()));
        try {
            CreativePolicy saved = creatives.savePolicy(version, staleBps.getValue(), staleDays.getValue(),
                    slaDays.getValue(), required);
            load(saved);
            problems.setVisible(false);
            Notifications.success("Creative workflow settings saved.");
        } catch (CreativeException e) {
            showProblems(e.getMessage(), e.problems());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notifications.error("Only CMOs and administrators change these settings.");
        }
    }

    private void showProblems(String message, List<String> list) {
        problems.setText(message + (list.isEmpty() ? "" : " " + String.join(" ", list)));
        problems.setVisible(true);
        Notifications.error(problems.getText());
    }
}
