package com.porchlight.scoring.ui;

import com.porchlight.scoring.FitRule;
import com.porchlight.segment.SegmentOption;
import com.porchlight.segment.rule.RuleGroup;
import com.porchlight.segment.rule.RuleSummary;
import com.porchlight.segment.rulebuilder.RuleBuilderContext;
import com.porchlight.segment.rulebuilder.RuleBuilderGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fit rule: name, points and its condition. The condition reads as a sentence until it is opened; the rule
 * builder is only made then, so a model of a dozen rules stays one screen long.
 */
final class FitRuleCard extends Div {

    /** What the card asks of the editor it sits in. */
    interface Owner {
        void changed();

        void move(FitRuleCard card, int by);

        void remove(FitRuleCard card);
    }

    final TextField name = new TextField();
    final IntegerField points = new IntegerField();
    private final Span summaryText = new Span();
    private final Button toggle = new Button();
    private final Div conditionArea = new Div();
    private final Div problems = new Div();
    private final Button up = DraftEditor.tool(VaadinIcon.ARROW_UP, "Move up");
    private final Button down = DraftEditor.tool(VaadinIcon.ARROW_DOWN, "Move down");
    private final boolean readOnly;
    private final List<SegmentOption> sources;
    private final List<SegmentOption> loanOfficers;
    private final RuleSummary summary;
    private final Owner owner;
    private RuleGroup condition;
    private @Nullable RuleBuilderGroup builder;

    FitRuleCard(FitRule rule, boolean readOnly, List<SegmentOption> sources, List<SegmentOption> loanOfficers,
            RuleSummary summary, Owner owner) {
        this.readOnly = readOnly;
        this.sources = sources;
        this.loanOfficers = loanOfficers;
        this.summary = summary;
        this.owner = owner;
        this.condition = rule.condition();
        addClassName("pl-score-fit");

        name.setValue(rule.name());
        name.setAriaLabel("Fit rule name");
        name.setPlaceholder("Name, e.g. Credit excellent (740+)");
        name.setMaxLength(80);
        name.addClassName("pl-score-fit-name");
        name.setReadOnly(readOnly);
        name.setManualValidation(true);
        name.addValueChangeListener(e -> {
            points.setAriaLabel(pointsLabel(e.getValue()));
            owner.changed();
        });

        points.setValue(rule.points());
        points.setAriaLabel(pointsLabel(rule.name()));
        points.setStepButtonsVisible(!readOnly);
        points.addClassName("pl-score-points");
        points.setReadOnly(readOnly);
        points.setManualValidation(true);
        points.addValueChangeListener(e -> owner.changed());

        summaryText.addClassName("pl-score-fit-summary");
        toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        toggle.addClassName("pl-score-fit-toggle");
        toggle.addClickListener(e -> setOpen(builder == null || !conditionArea.isVisible()));
        conditionArea.addClassName("pl-score-fit-condition");
        conditionArea.setVisible(false);
        problems.addClassName("pl-seg-problems");
        problems.setVisible(false);

        var head = new Div(name, points);
        head.addClassName("pl-score-fit-head");
        var tools = new Span();
        tools.addClassName("pl-score-tools");
        if (!readOnly) {
            up.addClickListener(e -> owner.move(this, -1));
            down.addClickListener(e -> owner.move(this, 1));
            var remove = DraftEditor.tool(VaadinIcon.CLOSE_SMALL, "Remove fit rule");
            remove.addThemeVariants(ButtonVariant.ERROR);
            remove.addClickListener(e -> owner.remove(this));
            tools.add(up, down, remove);
        }
        head.add(tools);
        var line = new Div(new Icon(VaadinIcon.FILTER), summaryText, toggle);
        line.addClassName("pl-score-fit-line");
        add(head, line, problems, conditionArea);
        refreshSummary();
        updateToggle();
    }

    FitRule rule() {
        return new FitRule(name.getValue().strip(), condition(), points.getValue() == null ? 0 : points.getValue());
    }

    RuleGroup condition() {
        return builder == null ? condition : builder.rule();
    }

    boolean isOpen() {
        return builder != null && conditionArea.isVisible();
    }

    /** Shows or hides the rule builder (made the first time it is opened). */
    void setOpen(boolean open) {
        if (open && builder == null) {
            builder = new RuleBuilderGroup(new RuleBuilderContext(readOnly, sources, loanOfficers,
                    this::conditionEdited, false), condition);
            conditionArea.add(builder);
        }
        if (builder != null) {
            conditionArea.setVisible(open);
        }
        updateToggle();
    }

    @Nullable RuleBuilderGroup builder() {
        return builder;
    }

    private void conditionEdited() {
        refreshSummary();
        owner.changed();
    }

    private void refreshSummary() {
        RuleGroup c = condition();
        summaryText.setText(c.rules().isEmpty() ? "Every lead (no condition yet)" : summary.describe(c));
    }

    private void updateToggle() {
        boolean open = isOpen();
        toggle.setText(open ? "Close condition" : readOnly ? "Show condition" : "Edit condition");
        toggle.setIcon(new Icon(open ? VaadinIcon.ANGLE_UP : VaadinIcon.ANGLE_DOWN));
    }

    void placed(int index, int count) {
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
    }

    void clearProblems() {
        name.setInvalid(false);
        points.setInvalid(false);
        problems.removeAll();
        problems.setVisible(false);
        if (builder != null) {
            builder.clearAllProblems();
        }
    }

    void nameProblem(String message) {
        name.setErrorMessage(message);
        name.setInvalid(true);
    }

    void pointsProblem(String message) {
        points.setErrorMessage(message);
        points.setInvalid(true);
    }

    /** A problem inside the condition: the builder opens and shows it next to the condition at fault. */
    void conditionProblem(List<Integer> path, String message) {
        setOpen(true);
        if (builder != null) {
            builder.at(path).addProblem(message);
        }
    }

    void problem(String message) {
        problems.add(DraftEditor.problemLine(message));
        problems.setVisible(true);
    }

    private static String pointsLabel(String ruleName) {
        return "Points of " + (ruleName.isBlank() ? "the new fit rule" : ruleName.strip());
    }
}
