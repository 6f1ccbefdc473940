package com.porchlight.lead.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.lead.AssignmentMode;
import com.porchlight.lead.LeadException;
import com.porchlight.lead.LeadSourceForm;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadSourceSummary;
import com.porchlight.lead.PricingModel;
import com.porchlight.lead.SourceChannel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates a lead source or edits one. The Binder catches what a person can see at once (nothing chosen, a negative
 * cost); the service decides the rest (a name already taken, more than two decimals) and its message lands next to the
 * field it is about. A save that lost a race with someone else keeps the dialog open with everything typed.
 */
class LeadSourceDialog extends Dialog {

    /** What the form edits; a mutable bean for the Binder. */
    static final class Form {
        String name = "";
        @Nullable SourceChannel channel;
        @Nullable PricingModel pricing = PricingModel.PER_LEAD;
        @Nullable BigDecimal cost;
        boolean exclusive = true;
        boolean active = true;
        @Nullable AssignmentMode assignment = AssignmentMode.ROUND_ROBIN;
    }

    final TextField name = new TextField("Name");
    final Select<SourceChannel> channel = new Select<>();
    final Select<PricingModel> pricing = new Select<>();
    final BigDecimalField cost = new BigDecimalField("Cost (USD)");
    final Checkbox exclusive = new Checkbox("Exclusive: these leads are sold to us alone");
    final Checkbox active = new Checkbox("Active: accepts new leads");
    final RadioButtonGroup<AssignmentMode> assignment = new RadioButtonGroup<>("New leads");
    private final Binder<Form> binder = new Binder<>();
    private final Map<String, HasValidation> byField;
    private final LeadSourceService sources;
    private final @Nullable LeadSourceSummary editing;
    private final Runnable onSaved;

    LeadSourceDialog(LeadSourceService sources, @Nullable LeadSourceSummary editing, Runnable onSaved) {
        this.sources = sources;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(editing == null ? "New lead source" : "Edit " + editing.name());
        setWidth("38rem");
        byField = Map.of("name", name, "channel", channel, "pricingModel", pricing, "cost", cost);

        name.setMaxLength(120);
        name.setHelperText("The vendor, campaign or form, e.g. \u201cZillow Premier Agent\u201d.");
        channel.setLabel("Channel");
        channel.setItems(SourceChannel.values());
        channel.setItemLabelGenerator(SourceChannel::label);
        pricing.setLabel("Pricing");
        pricing.setItems(PricingModel.values());
        pricing.setItemLabelGenerator(PricingModel::label);
        cost.setPrefixComponent(new Div("$"));
        cost.setHelperText("Per lead, per call or per month, as the pricing says. 0 for free sources.");
        assignment.setItems(AssignmentMode.values());
        assignment.setItemLabelGenerator(AssignmentMode::label);

        binder.forField(name).asRequired("Name the source, e.g. \u201cZillow Premier Agent\u201d or \u201cSpring "
                + "open house\u201d.").bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(channel).asRequired("Choose the marketing channel the leads come through.")
                .bind(f -> f.channel, (f, v) -> f.channel = v);
        binder.forField(pricing).asRequired("Choose how the source charges.")
                .bind(f -> f.pricing, (f, v) -> f.pricing = v);
        binder.forField(cost).asRequired("Enter what the source costs in dollars; 0 if it is free.")
                .withValidator(v -> v.signum() >= 0, "The cost cannot be negative.")
                .bind(f -> f.cost, (f, v) -> f.cost = v);
        binder.forField(exclusive).bind(f -> f.exclusive, (f, v) -> f.exclusive = v);
        binder.forField(active).bind(f -> f.active, (f, v) -> f.active = v);
        binder.forField(assignment).asRequired("Choose how new leads are routed.")
                .bind(f -> f.assignment, (f, v) -> f.assignment = v);
        binder.readBean(editing == null ? new Form() : formOf(editing));

        var form = new FormLayout(name, channel, pricing, cost, exclusive, active, assignment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(name, 2);
        form.setColspan(exclusive, 2);
        form.setColspan(active, 2);
        form.setColspan(assignment, 2);
        add(form);

        var save = new Button(editing == null ? "Create source" : "Save", e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static Form formOf(LeadSourceSummary s) {
        var f = new Form();
        f.name = s.name();
        f.channel = s.channel();
        f.pricing = s.pricingModel();
        f.cost = s.cost();
        f.exclusive = s.exclusive();
        f.active = s.active();
        f.assignment = s.assignment();
        return f;
    }

    void save() {
        var form = new Form();
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            return; // each field shows its own message
        }
        var input = new LeadSourceForm(form.name, java.util.Objects.requireNonNull(form.channel),
                java.util.Objects.requireNonNull(form.pricing), java.util.Objects.requireNonNull(form.cost),
                form.exclusive, form.active, java.util.Objects.requireNonNull(form.assignment));
        try {
            LeadSourceSummary saved = editing == null ? sources.create(input)
                    : sources.update(editing.id(), editing.version(), input);
            Notifications.success(editing == null ? "Lead source \u201c" + saved.name() + "\u201d created."
                    : "Lead source \u201c" + saved.name() + "\u201d saved.");
            close();
            onSaved.run();
        } catch (LeadException e) {
            HasValidation field = e.field() == null ? null : byField.get(e.field());
            if (field != null) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            } else {
                Notifications.error(e.getMessage());
            }
        } catch (OptimisticLockingFailureException e) {
            Notifications.changedBySomeoneElse();
        }
    }
}
