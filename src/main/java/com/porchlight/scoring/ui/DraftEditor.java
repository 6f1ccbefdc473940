package com.porchlight.scoring.ui;

import com.porchlight.lead.EventType;
import com.porchlight.scoring.FitRule;
import com.porchlight.scoring.IntentRule;
import com.porchlight.scoring.ModelProblem;
import com.porchlight.scoring.ScoringModel;
import com.porchlight.segment.SegmentOption;
import com.porchlight.segment.rule.RuleGroup;
import com.porchlight.segment.rule.RuleSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The draft's editor: the formula with the draft's own numbers, decay and threshold, the fit rules (each condition in
 * the shared rule builder) and the intent rules as a table. It reads back as a {@link ScoringModel}, or as the list of
 * fields that are empty or not numbers, and shows every {@link ModelProblem} next to the rule or setting at fault.
 */
final class DraftEditor extends Div implements FitRuleCard.Owner {

    /**
     * What the editor reads: the model, and the fields that are empty or not numbers. Those stand in the model as
     * harmless placeholders, so every other problem can still be found; a model with {@code missing} fields is never
     * saved or analysed.
     */
    record Reading(ScoringModel model, List<String> missing) {
    }

    final BigDecimalField decay = new BigDecimalField("Decay per quarter");
    final Checkbox decayFit = new Checkbox("Fit decays too");
    final IntegerField threshold = new IntegerField("MQL threshold");
    private final Div settingsProblems = new Div();
    private final Pre formula = new Pre();
    private final Div fitList = new Div();
    private final Div intentList = new Div();
    private final List<FitRuleCard> fitCards = new ArrayList<>();
    private final List<IntentRuleRow> intentRows = new ArrayList<>();
    private final boolean readOnly;
    private final List<SegmentOption> sources;
    private final List<SegmentOption> loanOfficers;
    private final RuleSummary summary;
    private final Runnable changed;
    private boolean loading;

    DraftEditor(ScoringModel model, boolean readOnly, List<SegmentOption> sources, List<SegmentOption> loanOfficers,
            RuleSummary summary, Runnable changed) {
        this.readOnly = readOnly;
        this.sources = sources;
        this.loanOfficers = loanOfficers;
        this.summary = summary;
        this.changed = changed;
        addClassName("pl-score-editor");
        loading = true;

        formula.addClassName("pl-score-formula");
        formula.setId("scoring-formula");
        var formulaBox = new Details("How a score is computed (ADR 0009)", formula);
        formulaBox.addClassName("pl-score-formula-box");
        formulaBox.setOpened(true);
        formulaBox.setTooltipText("ADR 0009 in docs/decisions has the formula with every detail");

        decay.setValue(model.decayPercentPerQuarter());
        decay.setSuffixComponent(new Span("%"));
        decay.setHelperText("of intent, 0–60 %");
        decay.addClassName("pl-score-decay");
        decay.setReadOnly(readOnly);
        decay.setManualValidation(true);
        decay.addValueChangeListener(e -> edited());
        decayFit.setValue(model.decayFit());
        decayFit.setReadOnly(readOnly);
        decayFit.setTooltipText("Off: who the lead is never fades, only what they did. On: the whole score fades.");
        decayFit.addValueChangeListener(e -> edited());
        threshold.setValue(model.mqlThreshold());
        threshold.setHelperText("1–100");
        threshold.setStepButtonsVisible(!readOnly);
        threshold.addClassName("pl-score-threshold");
        threshold.setReadOnly(readOnly);
        threshold.setManualValidation(true);
        threshold.addValueChangeListener(e -> edited());
        settingsProblems.addClassName("pl-seg-problems");
        settingsProblems.setVisible(false);
        var settings = new Div(threshold, decay, decayFit);
        settings.addClassName("pl-score-settings");

        fitList.addClassName("pl-score-fit-list");
        for (FitRule r : model.fitRules()) {
            addFit(r);
        }
        intentList.addClassName("pl-score-intent-list");
        var intentHeader = new Div(new Span("Event"), new Span("Points each"), new Span("Cap"), new Span("Window"));
        intentHeader.addClassName("pl-score-intent-header");
        intentList.add(intentHeader);
        for (IntentRule r : model.intentRules()) {
            addIntent(r);
        }

        var fitHead = new Div(new H3("Fit: who the lead is"));
        fitHead.addClassName("pl-score-section-head");
        var intentHead = new Div(new H3("Intent: what the lead did"));
        intentHead.addClassName("pl-score-section-head");
        if (!readOnly) {
            var addFit = new Button("Fit rule", new Icon(VaadinIcon.PLUS), e -> {
                FitRuleCard card = addFit(new FitRule("", RuleGroup.empty(), 5));
                card.setOpen(true);
                placeFit();
                edited();
                card.name.focus();
            });
            addFit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            fitHead.add(addFit);
            var addIntent = new Button("Intent rule", new Icon(VaadinIcon.PLUS), e -> {
                addIntent(new IntentRule(unusedEventType(), 5, 10, 30));
                edited();
            });
            addIntent.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            intentHead.add(addIntent);
        }
        var fitHint = new Span("Points for every lead that meets the condition; negative points for what cannot "
                + "close.");
        fitHint.addClassName("pl-score-hint");
        var intentHint = new Span("Points per event in the look-back window, at most the cap; decays with inactivity.");
        intentHint.addClassName("pl-score-hint");

        var settingsCard = new Div(new H3("Settings"), settings, settingsProblems);
        settingsCard.addClassNames("pl-score-card", "pl-score-settings-card");
        var fitCard = new Div(fitHead, fitHint, fitList);
        fitCard.addClassName("pl-score-card");
        var intentCard = new Div(intentHead, intentHint, intentList);
        intentCard.addClassName("pl-score-card");
        add(formulaBox, settingsCard, fitCard, intentCard);
        placeFit();
        refreshFormula();
        loading = false;
    }

    private FitRuleCard addFit(FitRule r) {
        var card = new FitRuleCard(r, readOnly, sources, loanOfficers, summary, this);
        fitCards.add(card);
        fitList.add(card);
        return card;
    }

    private void addIntent(IntentRule r) {
        var row = new IntentRuleRow(r, readOnly, this::edited, this::removeIntent);
        intentRows.add(row);
        intentList.add(row);
    }

    /** A new intent rule starts with an event type no rule counts yet, so it is not a duplicate from the start. */
    private EventType unusedEventType() {
        Set<EventType> free = EnumSet.allOf(EventType.class);
        intentRows.forEach(r -> free.remove(r.eventType.getValue()));
        return free.isEmpty() ? EventType.PAGE_VIEW : free.iterator().next();
    }

    private void removeIntent(IntentRuleRow row) {
        intentRows.remove(row);
        intentList.remove(row);
        edited();
    }

    @Override
    public void changed() {
        edited();
    }

    @Override
    public void move(FitRuleCard card, int by) {
        int from = fitCards.indexOf(card);
        int to = from + by;
        if (from < 0 || to < 0 || to >= fitCards.size()) {
            return;
        }
        fitCards.remove(from);
        fitCards.add(to, card);
        fitList.remove(card);
        fitList.addComponentAtIndex(to, card);
        placeFit();
        edited();
    }

    @Override
    public void remove(FitRuleCard card) {
        fitCards.remove(card);
        fitList.remove(card);
        placeFit();
        edited();
    }

    private void placeFit() {
        for (int i = 0; i < fitCards.size(); i++) {
            fitCards.get(i).placed(i, fitCards.size());
        }
    }

    private void edited() {
        if (loading) {
            return;
        }
        refreshFormula();
        changed.run();
    }

    List<FitRuleCard> fitCards() {
        return List.copyOf(fitCards);
    }

    List<IntentRuleRow> intentRows() {
        return List.copyOf(intentRows);
    }

    // ---- reading and problems --------------------------------------------------------------------------------------

    /**
     * The model as the fields read. A field that is empty or not a number has no model value at all: it is reported
     * (and marked) instead, because the service could only guess what was meant.
     */
    Reading read() {
        clearProblems();
        List<String> missing = new ArrayList<>();
        if (threshold.getValue() == null) {
            missing.add(settingProblem(threshold, "Enter the MQL threshold as a whole number from 1 to 100."));
        }
        if (decay.getValue() == null) {
            missing.add(settingProblem(decay, "Enter the decay as a number from 0 to 60 (% per quarter)."));
        }
        for (FitRuleCard card : fitCards) {
            if (card.points.getValue() == null) {
                String m = "\u201c" + nameOf(card) + "\u201d: enter the points as a whole number (−100 to 100, "
                        + "not 0).";
                card.points.setInvalid(true);
                card.problem(m);
                missing.add(m);
            }
        }
        for (IntentRuleRow row : intentRows) {
            String what = row.eventType.getValue() == null ? "The new intent rule" : row.eventType.getValue().label();
            if (row.points.getValue() == null) {
                missing.add(rowProblem(row, row.points, what + ": enter the points per event as a whole number."));
            }
            if (row.cap.getValue() == null) {
                missing.add(rowProblem(row, row.cap, what + ": enter the cap as a whole number."));
            }
            if (row.window.getValue() == null) {
                missing.add(rowProblem(row, row.window, what + ": enter the look-back window in whole days."));
            }
        }
        return new Reading(new ScoringModel(fitCards.stream().map(FitRuleCard::rule).toList(),
                intentRows.stream().map(IntentRuleRow::rule).toList(),
                decay.getValue() == null ? BigDecimal.ZERO : decay.getValue(), decayFit.getValue(),
                threshold.getValue() == null ? ScoringModel.DEFAULT_THRESHOLD : threshold.getValue()), missing);
    }

    private static String nameOf(FitRuleCard card) {
        String n = card.name.getValue().strip();
        return n.isEmpty() ? "New fit rule" : n;
    }

    /** Marks the field at fault; the message goes on the settings' own line, wider than the field. */
    private String settingProblem(HasValidation field, String message) {
        field.setInvalid(true);
        settingsProblems.add(problemLine(message));
        settingsProblems.setVisible(true);
        return message;
    }

    private static String rowProblem(IntentRuleRow row, HasValidation field, String message) {
        row.problem(field, message);
        return message;
    }

    void clearProblems() {
        threshold.setInvalid(false);
        decay.setInvalid(false);
        settingsProblems.removeAll();
        settingsProblems.setVisible(false);
        fitCards.forEach(FitRuleCard::clearProblems);
        intentRows.forEach(IntentRuleRow::clearProblems);
    }

    /**
     * Each problem next to what it is about: a field, a fit rule's condition, a row, or the settings. Problems of a
     * field that is empty (see {@link #read}) are left out; returns how many were shown.
     */
    int showProblems(List<ModelProblem> problems) {
        int shown = 0;
        for (ModelProblem p : problems) {
            shown++;
            String m = p.message();
            switch (p.section()) {
                case SETTING -> {
                    if (m.startsWith("Decay")) {
                        settingProblem(decay, m);
                    } else if (m.startsWith("The MQL threshold")) {
                        if (threshold.isInvalid()) {
                            shown--;
                        } else {
                            settingProblem(threshold, m);
                        }
                    } else {
                        settingsProblems.add(problemLine(m));
                        settingsProblems.setVisible(true);
                    }
                }
                case FIT -> {
                    if (p.index() < 0 || p.index() >= fitCards.size()) {
                        shown--;
                        continue;
                    }
                    FitRuleCard card = fitCards.get(p.index());
                    if (p.conditionProblem() != null) {
                        card.conditionProblem(p.conditionProblem().path(), p.conditionProblem().message());
                    } else if (m.contains("fit rule a name") || m.contains("name can be at most")) {
                        card.nameProblem(m);
                    } else if (m.contains("points must be")) {
                        if (card.points.isInvalid()) {
                            shown--;
                        } else {
                            card.points.setInvalid(true);
                            card.problem(m);
                        }
                    } else {
                        card.problem(m);
                    }
                }
                case INTENT -> {
                    if (p.index() < 0 || p.index() >= intentRows.size()) {
                        shown--;
                        continue;
                    }
                    IntentRuleRow row = intentRows.get(p.index());
                    HasValidation field = m.contains("points per event") ? row.points : m.contains("the cap")
                            ? row.cap : m.contains("look-back window") ? row.window : row.eventType;
                    if (field.isInvalid()) {
                        shown--; // the field is empty and already says so
                    } else {
                        row.problem(field, m);
                    }
                }
            }
        }
        return shown;
    }

    // ---- the formula -----------------------------------------------------------------------------------------------

    private void refreshFormula() {
        BigDecimal d = decay.getValue();
        Integer t = threshold.getValue();
        String rate = d == null ? "d" : d.stripTrailingZeros().toPlainString();
        List<String> lines = new ArrayList<>();
        lines.add("total  = " + (decayFit.getValue() ? "(fit + intent) × decay" : "fit + intent × decay")
                + "      MQL when total ≥ " + (t == null ? "threshold" : t));
        lines.add("fit    = Σ points of the fit rules the lead meets");
        lines.add("intent = Σ min(cap, points × events in the window)");
        lines.add("decay  = (1 − " + rate + " %) ^ (days since the last event ÷ 91.3125)");
        if (d != null && d.signum() >= 0 && d.compareTo(new BigDecimal("60")) <= 0) {
            double k = 1 - d.doubleValue() / 100;
            lines.add(String.format(Locale.US, "         left after 30 days %.0f %%, a quarter %.0f %%, a year %.0f %%",
                    100 * Math.pow(k, 30 / 91.3125), 100 * k, 100 * Math.pow(k, 4)));
        }
        formula.setText(String.join("\n", lines));
    }

    // ---- shared bits -----------------------------------------------------------------------------------------------

    static Div problemLine(String message) {
        var line = new Div(new Icon(VaadinIcon.WARNING), new Span(message));
        line.addClassName("pl-seg-problem");
        return line;
    }

    static Button tool(VaadinIcon icon, String label) {
        var b = new Button(new Icon(icon));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.SMALL);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        b.addClassName("pl-seg-tool");
        return b;
    }
}
