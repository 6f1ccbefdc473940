package com.porchlight.segment.rulebuilder;

import com.porchlight.segment.rule.Rule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/**
 * One node of the rule builder, a group or a condition. It keeps its own inputs and builds its part of the rule on
 * demand, so typing in one condition never rebuilds the others (and never steals the cursor).
 */
public abstract sealed class RuleBuilderNode extends Div permits RuleBuilderGroup, RuleBuilderCondition {

    final RuleBuilderContext ctx;
    final @Nullable RuleBuilderGroup parent;
    private final Div problems = new Div();
    private final Button up = tool(VaadinIcon.ARROW_UP, "Move up");
    private final Button down = tool(VaadinIcon.ARROW_DOWN, "Move down");
    private final Button remove = tool(VaadinIcon.CLOSE_SMALL, "Remove");

    RuleBuilderNode(RuleBuilderContext ctx, @Nullable RuleBuilderGroup parent) {
        this.ctx = ctx;
        this.parent = parent;
        problems.addClassName("pl-seg-problems");
        problems.setVisible(false);
        if (parent != null) {
            up.addClickListener(e -> parent.move(this, -1));
            down.addClickListener(e -> parent.move(this, 1));
            remove.addClickListener(e -> parent.remove(this));
            remove.addThemeVariants(ButtonVariant.ERROR);
        }
    }

    /** This node's part of the rule, as its inputs now read. */
    public abstract Rule rule();

    /** Move and remove buttons: none for the root group or on a read-only screen. */
    final Component tools() {
        var tools = new Span();
        tools.addClassName("pl-seg-tools");
        if (parent != null && !ctx.readOnly()) {
            tools.add(up, down, remove);
        }
        return tools;
    }

    final Div problemArea() {
        return problems;
    }

    public void clearProblems() {
        problems.removeAll();
        problems.setVisible(false);
    }

    public void addProblem(String message) {
        var line = new Div(new Icon(VaadinIcon.WARNING), new Span(message));
        line.addClassName("pl-seg-problem");
        problems.add(line);
        problems.setVisible(true);
    }

    void placed(int index, int count) {
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
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
