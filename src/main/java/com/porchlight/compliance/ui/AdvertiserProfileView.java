package com.porchlight.compliance.ui;

import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Notifications;
import com.porchlight.compliance.AdvertiserProfileService;
import com.porchlight.compliance.ProfileForm;
import com.porchlight.compliance.ProfileValidationException;
import com.porchlight.compliance.engine.RegulatorType;
import com.porchlight.compliance.engine.StateLicense;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/** Who the advertiser is, as every compliance check sees it. Administrators and compliance officers edit it. */
@Route("compliance/advertiser")
@PageTitle("Advertiser profile")
@Menu(order = 80, icon = "vaadin:building", title = "Advertiser profile")
@RolesAllowed({Roles.ADMIN, Roles.COMPLIANCE})
class AdvertiserProfileView extends Div {

    private final AdvertiserProfileService profiles;
    final TextField legalName = new TextField("Legal name");
    final TextArea dbas = new TextArea("Doing business as (one per line)");
    final TextField nmlsId = new TextField("Company NMLS ID");
    final Select<RegulatorType> regulator = new Select<>();
    final Checkbox fhaApproved = new Checkbox("FHA-approved mortgagee");
    final Checkbox vaLender = new Checkbox("VA lender");
    final TextField street = new TextField("Street");
    final TextField city = new TextField("City");
    final TextField state = new TextField("State");
    final TextField postalCode = new TextField("ZIP code");
    final TextArea equalHousing = new TextArea("Equal Housing statement");
    final TextArea canSpamFooter = new TextArea("CAN-SPAM footer");
    private final Div licenseRows = new Div();
    private final List<LicenseRow> licenses = new ArrayList<>();
    private final Paragraph lastChange = new Paragraph();
    private final Map<String, HasValidation> byField;
    private long version;

    AdvertiserProfileView(AdvertiserProfileService profiles) {
        this.profiles = profiles;
        addClassName("pl-page");
        addClassName("pl-narrow-wide");
        byField = Map.of("legalName", legalName, "nmlsId", nmlsId, "street", street, "city", city, "state", state,
                "postalCode", postalCode, "dbas", dbas, "equalHousing", equalHousing, "canSpamFooter", canSpamFooter);
        legalName.setMaxLength(200);
        street.setMaxLength(200);
        city.setMaxLength(100);
        nmlsId.setMaxLength(12);
        postalCode.setMaxLength(10);
        equalHousing.setMaxLength(2000);
        canSpamFooter.setMaxLength(2000);

        regulator.setLabel("Regulator");
        regulator.setItems(RegulatorType.values());
        regulator.setItemLabelGenerator(r -> switch (r) {
            case NONBANK -> "Non-bank (state-licensed)";
            case FDIC -> "FDIC-supervised bank";
            case FRB -> "Federal Reserve member bank";
            case OCC_SAVINGS -> "OCC savings association";
            case NCUA -> "Credit union (NCUA)";
        });
        regulator.setHelperText("Decides which Equal Housing wording and logo rule applies");
        nmlsId.setHelperText("Digits only, e.g. 123456");
        state.setMaxLength(2);
        state.setHelperText("Two letters, e.g. CA");
        canSpamFooter.setHelperText("Leave empty and the check suggests one built from the address above");

        var identity = new FormLayout(legalName, nmlsId, dbas, regulator, fhaApproved, vaLender);
        identity.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        var address = new FormLayout(street, city, state, postalCode);
        address.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 4));
        address.setColspan(street, 2);
        var snippets = new FormLayout(equalHousing, canSpamFooter);
        snippets.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));

        var addLicense = new Button("Add state licence", new Icon(VaadinIcon.PLUS), e -> addLicenseRow(null));
        addLicense.addThemeVariants(ButtonVariant.TERTIARY);
        var save = new Button("Save profile", e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        lastChange.addClassName("pl-muted");

        add(new H3("Identity"), identity, new H3("Physical postal address"), address,
                new H3("State licences"), new Paragraph("A legend is the exact wording a state requires in ads, e.g."
                        + " NY: \"Licensed Mortgage Banker – NYS Department of Financial Services\"."),
                licenseRows, addLicense, new H3("Standard disclosures"), snippets,
                new Paragraph("Loan officers and their NMLS IDs come from the users with the Loan officer role"
                        + " (Users page)."), new HorizontalLayout(save), lastChange);
        load(profiles.edit());
    }

    private void load(ProfileForm form) {
        legalName.setValue(nz(form.legalName()));
        dbas.setValue(String.join("\n", form.dbas()));
        nmlsId.setValue(nz(form.nmlsId()));
        regulator.setValue(form.regulatorType());
        fhaApproved.setValue(form.fhaApproved());
        vaLender.setValue(form.vaLender());
        street.setValue(nz(form.street()));
        city.setValue(nz(form.city()));
        state.setValue(nz(form.state()));
        postalCode.setValue(nz(form.postalCode()));
        equalHousing.setValue(nz(form.equalHousing()));
        canSpamFooter.setValue(nz(form.canSpamFooter()));
        licenseRows.removeAll();
        licenses.clear();
        form.licenses().forEach(this::addLicenseRow);
        version = form.version();
        lastChange.setText(form.updatedAt() == null ? "Not saved yet."
                : "Last changed by " + form.updatedBy() + " on " + Formats.MINUTE.format(form.updatedAt()) + ".");
    }

    private void addLicenseRow(StateLicense license) {
        var row = new LicenseRow(license);
        licenses.add(row);
        licenseRows.add(row.layout);
    }

    void save() {
        byField.values().forEach(f -> f.setInvalid(false));
        licenses.forEach(r -> r.number.setInvalid(false));
        var form = new ProfileForm(legalName.getValue(), Arrays.asList(dbas.getValue().split("\n")), nmlsId.getValue(),
                regulator.getValue(), fhaApproved.getValue(), vaLender.getValue(), street.getValue(),
                city.getValue(), state.getValue(), postalCode.getValue(), equalHousing.getValue(),
                canSpamFooter.getValue(), licenses.stream().map(LicenseRow::value).toList(), version, null, null);
        try {
            load(profiles.save(form));
            Notifications.success("Advertiser profile saved. Every compliance check now uses it.");
        } catch (ProfileValidationException e) {
            HasValidation field = byField.get(e.field());
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private final class LicenseRow {
        final TextField state = new TextField("State");
        final TextField type = new TextField("Licence type");
        final TextField number = new TextField("Number");
        final TextField legend = new TextField("Required legend");
        final HorizontalLayout layout;

        LicenseRow(StateLicense license) {
            state.setMaxLength(2);
            state.setWidth("5rem");
            type.setMaxLength(100);
            number.setMaxLength(60);
            legend.setMaxLength(500);
            legend.setWidthFull();
            if (license != null) {
                state.setValue(license.state());
                type.setValue(license.type());
                number.setValue(license.number());
                legend.setValue(nz(license.legend()));
            }
            var remove = new Button(new Icon(VaadinIcon.TRASH));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel("Remove licence");
            layout = new HorizontalLayout(state, type, number, legend, remove);
            layout.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            layout.setWidthFull();
            remove.addClickListener(e -> {
                licenses.remove(this);
                licenseRows.remove(layout);
            });
        }

        StateLicense value() {
            return new StateLicense(state.getValue(), type.getValue(), number.getValue(), legend.getValue());
        }
    }
}
