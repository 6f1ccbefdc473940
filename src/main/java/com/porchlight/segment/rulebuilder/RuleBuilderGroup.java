package com.porchlight.segment.rulebuilder;

import com.porchlight.segment.rule.Combinator;
import com.porchlight.segment.rule.Rule;
import com.porchlight.segment.rule.RuleGroup;
import com.porchlight.segment.rule.RuleValidator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A group of the rule: ALL of / ANY of / NONE of its children, shown indented under a left border. Groups nest up to
 * the validator's limit; below that the "+ Group" button is not offered.
 */
public final class RuleBuilderGroup extends RuleBuilderNode {

    private final int depth;
    private final Select<Combinator> combinator = new Select<>();
    private final Div children = new Div();
    private final List<RuleBuilderNode> nodes = new ArrayList<>();
    private final Span empty = new Span();

    /** The root of a builder showing {@code group}. */
    public RuleBuilderGroup(RuleBuilderContext ctx, RuleGroup group) {
        this(ctx, null, 1, group);
    }

    RuleBuilderGroup(RuleBuilderContext ctx, @Nullable RuleBuilderGroup parent, int depth, RuleGroup group) {
        super(ctx, parent);
        this.depth = depth;
        addClassName("pl-seg-group");
        addClassName("pl-seg-depth-" + Math.min(depth, 5));

        combinator.setItems(Combinator.values());
        combinator.setItemLabelGenerator(RuleBuilderGroup::label);
        combinator.setValue(group.combinator());
        combinator.addThemeVariants(SelectVariant.SMALL);
        combinator.setAriaLabel("How the conditions of this group combine");
        combinator.addClassName("pl-seg-combinator");
        combinator.setReadOnly(ctx.readOnly());
        combinator.addValueChangeListener(e -> ctx.changed().run());

        var head = new Div();
        head.addClassName("pl-seg-group-head");
        var words = new Span(parent == null ? "Leads that match" : "Match");
        words.addClassName("pl-seg-words");
        var after = new Span("of these:");
        after.addClassName("pl-seg-words");
        head.add(words, combinator, after);
        if (!ctx.readOnly()) {
            var addCondition = new Button("Condition", new Icon(VaadinIcon.PLUS),
                    e -> add(RuleBuilderCondition.defaultRule()));
            addCondition.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            addCondition.addClassName("pl-seg-add");
            addCondition.setTooltipText("Add a condition to this group");
            head.add(addCondition);
            if (depth < RuleValidator.MAX_DEPTH) {
                var addGroup = new Button("Group", new Icon(VaadinIcon.PLUS),
                        e -> add(new RuleGroup(combinator.getValue() == Combinator.ANY ? Combinator.ALL
                                : Combinator.ANY, List.of(RuleBuilderCondition.defaultRule()))));
                addGroup.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                addGroup.addClassName("pl-seg-add");
                addGroup.setTooltipText("Add a group of conditions (any of / all of / none of) inside this one");
                head.add(addGroup);
            }
        }
        head.add(tools());

        empty.addClassName("pl-seg-empty");
        children.addClassName("pl-seg-children");
        children.add(empty);
        for (Rule r : group.rules()) {
            var node = create(r);
            nodes.add(node);
            children.add(node);
        }
        add(head, problemArea(), children);
        placeChildren();
    }

    static String label(Combinator c) {
        return switch (c) {
            case ALL -> "all";
            case ANY -> "any";
            case NONE -> "none";
        };
    }

    private RuleBuilderNode create(Rule r) {
        return r instanceof RuleGroup g ? new RuleBuilderGroup(ctx, this, depth + 1, g)
                : new RuleBuilderCondition(ctx, this, r);
    }

    @Override
    public RuleGroup rule() {
        Combinator c = combinator.getValue();
        return new RuleGroup(c == null ? Combinator.ALL : c, nodes.stream().map(RuleBuilderNode::rule).toList());
    }

    public int depth() {
        return depth;
    }

    public List<RuleBuilderNode> nodes() {
        return List.copyOf(nodes);
    }

    /** Adds a rule at the end of this group (the "+" buttons; tests build rules through them too). */
    RuleBuilderNode add(Rule r) {
        var node = create(r);
        nodes.add(node);
        children.add(node);
        placeChildren();
        ctx.changed().run();
        return node;
    }

    void move(RuleBuilderNode node, int by) {
        int from = nodes.indexOf(node);
        int to = from + by;
        if (from < 0 || to < 0 || to >= nodes.size()) {
            return;
        }
        nodes.remove(from);
        nodes.add(to, node);
        children.remove(node);
        // index 0 of the container is the "empty group" hint
        children.addComponentAtIndex(to + 1, node);
        placeChildren();
        ctx.changed().run();
    }

    void remove(RuleBuilderNode node) {
        if (nodes.remove(node)) {
            children.remove(node);
            placeChildren();
            ctx.changed().run();
        }
    }

    private void placeChildren() {
        for (int i = 0; i < nodes.size(); i++) {
            nodes.get(i).placed(i, nodes.size());
        }
        empty.setText(parent == null ? "No conditions yet: every lead matches. Add a condition to narrow it down."
                : "This group has no conditions.");
        empty.setVisible(nodes.isEmpty());
    }

    /** The node at this path below this group, or the deepest one that exists on the way. */
    public RuleBuilderNode at(List<Integer> path) {
        RuleBuilderNode node = this;
        for (int index : path) {
            if (!(node instanceof RuleBuilderGroup g) || index < 0 || index >= g.nodes.size()) {
                break;
            }
            node = g.nodes.get(index);
        }
        return node;
    }

    public void clearAllProblems() {
        clearProblems();
        for (RuleBuilderNode n : nodes) {
            if (n instanceof RuleBuilderGroup g) {
                g.clearAllProblems();
            } else {
                n.clearProblems();
            }
        }
    }
}
