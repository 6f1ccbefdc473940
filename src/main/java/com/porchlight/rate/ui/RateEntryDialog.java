package com.porchlight.rate.ui;

import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Notifications;
import com.porchlight.rate.LargeRateMoveException;
import com.porchlight.rate.MarketRate;
import com.porchlight.rate.MarketRateService;
import com.porchlight.rate.RateEntry;
import com.porchlight.rate.RateEntryException;
import com.porchlight.rate.RateEntryException.Field;
import com.porchlight.rate.RateFormat;
import com.porchlight.rate.RateProduct;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The marketer's rate entry. The service decides what is valid and its messages land next to the fields; a move of
 * more than 50 bps asks for a confirmation first. A refused or cancelled entry keeps the dialog open with everything
 * typed.
 */
class RateEntryDialog extends Dialog {

    final Select<RateProduct> product = new Select<>();
    final BigDecimalField rate = new BigDecimalField("Rate");
    final BigDecimalField apr = new BigDecimalField("APR");
    final DateTimePicker effective = new DateTimePicker("Effective (UTC)");
    final IntegerField creditScore = new IntegerField("Credit score");
    final BigDecimalField ltv = new BigDecimalField("LTV");
    final BigDecimalField points = new BigDecimalField("Points");
    final TextField note = new TextField("Note");
    final Button save = new Button("Record rate");

    private final Map<Field, HasValidation> byField = new EnumMap<>(Field.class);
    private final MarketRateService rates;
    private final Consumer<MarketRate> onRecorded;
    /** The "now" the picker was filled with: left as it is, the entry takes effect when it is saved. */
    private final LocalDateTime prefilledNow;

    RateEntryDialog(MarketRateService rates, Clock clock, @Nullable RateProduct preselected,
            Consumer<MarketRate> onRecorded) {
        this.rates = rates;
        this.onRecorded = onRecorded;
        setHeaderTitle(preselected == null ? "Record a rate" : "Record a " + preselected.shortLabel() + " rate");
        setWidth("34rem");
        addClassName("pl-rate-entry");

        product.setLabel("Product");
        product.setItems(RateProduct.values());
        product.setItemLabelGenerator(RateProduct::shortLabel);
        product.setPlaceholder("Choose a product");
        product.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                assumptionsOf(e.getValue());
            }
        });
        for (BigDecimalField f : new BigDecimalField[] {rate, apr, ltv}) {
            f.setSuffixComponent(new Div("%"));
        }
        rate.setPlaceholder("6.375");
        apr.setPlaceholder("6.492");
        apr.setHelperText("Rate plus fees, as the disclosure states it.");
        effective.setLocale(Locale.US);
        effective.setStep(java.time.Duration.ofMinutes(15));
        effective.setHelperText("Now, unless you change it. Up to 7 days ahead.");
        creditScore.setStepButtonsVisible(false);
        points.setHelperText("Negative for a lender credit.");
        note.setMaxLength(500);
        note.setPlaceholder("e.g. Rate sheet of 8:30 am");

        byField.put(Field.PRODUCT, product);
        byField.put(Field.RATE, rate);
        byField.put(Field.APR, apr);
        byField.put(Field.EFFECTIVE_AT, effective);
        byField.put(Field.CREDIT_SCORE, creditScore);
        byField.put(Field.LTV, ltv);
        byField.put(Field.POINTS, points);
        byField.put(Field.NOTE, note);
        // The service's messages are the only ones shown; each goes as soon as its field is changed.
        byField.values().forEach(f -> f.setManualValidation(true));
        product.addValueChangeListener(e -> product.setInvalid(false));
        rate.addValueChangeListener(e -> rate.setInvalid(false));
        apr.addValueChangeListener(e -> apr.setInvalid(false));
        effective.addValueChangeListener(e -> effective.setInvalid(false));
        creditScore.addValueChangeListener(e -> creditScore.setInvalid(false));
        ltv.addValueChangeListener(e -> ltv.setInvalid(false));
        points.addValueChangeListener(e -> points.setInvalid(false));
        note.addValueChangeListener(e -> note.setInvalid(false));

        var form = new FormLayout(product, rate, apr, effective, creditScore, ltv, points, note);
        // Six columns: rate and APR take half each, the three pricing assumptions a third each.
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 6));
        form.setColspan(product, 6);
        form.setColspan(rate, 3);
        form.setColspan(apr, 3);
        form.setColspan(effective, 6);
        form.setColspan(creditScore, 2);
        form.setColspan(ltv, 2);
        form.setColspan(points, 2);
        form.setColspan(note, 6);
        add(form);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);

        // Defaults: 740 credit score, 80 % LTV, no points (or the product's current ones), effective now.
        assumptionsOf(null);
        product.setValue(preselected);
        prefilledNow = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        effective.setValue(prefilledNow);
    }

    /** The product's current assumptions, so a marketer re-entering the FHA rate keeps its 96.5 % LTV. */
    private void assumptionsOf(@Nullable RateProduct chosen) {
        MarketRate now = chosen == null ? null : rates.current(chosen).orElse(null);
        creditScore.setValue(now == null ? 740 : now.creditScore());
        ltv.setValue(now == null ? new BigDecimal("80") : now.ltv().stripTrailingZeros());
        points.setValue(now == null ? BigDecimal.ZERO : now.points().stripTrailingZeros());
    }

    void save() {
        LocalDateTime picked = effective.getValue();
        // An unparsable date leaves the value empty, which would otherwise mean "now".
        if (effective.getDefaultValidator().apply(picked, new ValueContext(effective, effective)).isError()) {
            show(Map.of(Field.EFFECTIVE_AT, "Enter a date and a time, e.g. 11/26/2026 and 8:30 AM."));
            return;
        }
        Instant at = picked == null || picked.equals(prefilledNow) ? null : picked.toInstant(ZoneOffset.UTC);
        String text = note.getValue();
        var entry = new RateEntry(product.getValue(), rate.getValue(), apr.getValue(), at, creditScore.getValue(),
                ltv.getValue(), points.getValue(), text == null || text.isBlank() ? null : text);
        record(entry, false);
    }

    private void record(RateEntry entry, boolean confirmed) {
        try {
            MarketRate saved = rates.record(entry, confirmed);
            Notifications.success(saved.product().shortLabel() + ": " + RateFormat.percent(saved.rate()) + " (APR "
                    + RateFormat.percent(saved.apr()) + ") recorded, effective "
                    + Formats.MINUTE.format(saved.effectiveAt()) + ".");
            close();
            onRecorded.accept(saved);
        } catch (RateEntryException e) {
            show(e.problems());
        } catch (LargeRateMoveException e) {
            confirm(entry, e);
        }
    }

    private void show(Map<Field, String> problems) {
        byField.forEach((field, component) -> {
            String message = problems.get(field);
            component.setErrorMessage(message);
            component.setInvalid(message != null);
        });
    }

    private void confirm(RateEntry entry, LargeRateMoveException e) {
        MarketRate previous = e.previous();
        var dialog = new ConfirmDialog();
        dialog.setHeader(e.getMessage());
        dialog.setText("The " + previous.product().shortLabel() + " rate in force since "
                + Formats.MINUTE.format(previous.effectiveAt()) + " is " + RateFormat.percent(previous.rate()) + "; "
                + RateFormat.percent(e.rate()) + " would move it " + e.moveBps().abs().toPlainString() + " bps "
                + (e.moveBps().signum() > 0 ? "up" : "down") + ". Moves of more than "
                + MarketRateService.CONFIRM_ABOVE_BPS + " bps are often typos.");
        dialog.setCancelable(true);
        dialog.setCancelText("Check the rate");
        dialog.setConfirmText("Record " + RateFormat.percent(e.rate()));
        dialog.addConfirmListener(c -> record(entry, true));
        dialog.addCancelListener(c -> rate.focus());
        dialog.open();
    }
}
