package com.porchlight.compliance.ui;

import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Highlights;
import com.porchlight.base.ui.Selects;
import com.porchlight.compliance.CheckResult;
import com.porchlight.compliance.ComplianceService;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.CreativeContext;
import com.porchlight.compliance.engine.CreativeInput;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.LoanPurpose;
import com.porchlight.compliance.engine.PartKind;
import com.porchlight.compliance.engine.ProductType;
import com.porchlight.compliance.engine.Program;
import com.porchlight.compliance.engine.RateType;
import com.porchlight.compliance.engine.Severity;
import com.porchlight.compliance.engine.TextPart;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Anyone signed in pastes copy, picks the channel and what it advertises, and sees the pre-check's findings as they
 * type: each one highlighted in the text, explained with its citation, with the suggested fix one click away.
 */
@Route("compliance/check")
@PageTitle("Compliance check")
@Menu(order = 10, icon = "vaadin:check-square-o", title = "Compliance check")
@PermitAll
class ComplianceCheckView extends Div {

    static final List<String> STATES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
            "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
            "WV", "WI", "WY", "PR");

    /** Which parts each channel's creative has, in the order the customer meets them. */
    static final Map<Channel, List<PartKind>> PARTS = Map.of(
            Channel.EMAIL, List.of(PartKind.SENDER_NAME, PartKind.SUBJECT, PartKind.PREHEADER, PartKind.BODY,
                    PartKind.CALL_TO_ACTION, PartKind.FOOTER),
            Channel.SMS, List.of(PartKind.SMS_TEXT),
            Channel.SEARCH_AD, List.of(PartKind.HEADLINE, PartKind.DESCRIPTION),
            Channel.SOCIAL_AD, List.of(PartKind.BODY, PartKind.HEADLINE, PartKind.DESCRIPTION),
            Channel.DISPLAY_AD, List.of(PartKind.HEADLINE, PartKind.BODY, PartKind.CALL_TO_ACTION,
                    PartKind.DISCLOSURES),
            Channel.PRINT, List.of(PartKind.HEADLINE, PartKind.BODY, PartKind.DISCLOSURES),
            Channel.CO_MARKETING, List.of(PartKind.HEADLINE, PartKind.BODY, PartKind.DISCLOSURES),
            Channel.LANDING_PAGE, List.of(PartKind.HEADLINE, PartKind.BODY, PartKind.DISCLOSURES));

    private final ComplianceService compliance;
    final Select<Channel> channel = new Select<>();
    final MultiSelectComboBox<String> states = new MultiSelectComboBox<>("States");
    final Select<Program> program = Selects.optional("Program", Program.values(), p -> Formats.words(p.name()));
    final Select<LoanPurpose> purpose = Selects.optional("Loan purpose", LoanPurpose.values(),
            p -> Formats.words(p.name()));
    final Select<ProductType> productType = Selects.optional("Product", ProductType.values(),
            p -> p == ProductType.HELOC ? "HELOC" : "Closed-end loan");
    final Select<RateType> rateType = Selects.optional("Rate type", RateType.values(),
            r -> r == RateType.ARM ? "ARM" : Formats.words(r.name()));
    final Select<Boolean> firstLien = Selects.optional("Lien", new Boolean[] {true, false},
            first -> first ? "First lien" : "Subordinate lien");
    private final Map<PartKind, TextArea> fields = new EnumMap<>(PartKind.class);
    private final Map<PartKind, Div> highlights = new EnumMap<>(PartKind.class);
    private final Div partsBox = new Div();
    private final Div results = new Div();
    private final Span verdict = new Span();
    private List<Finding> lastFindings = List.of();

    ComplianceCheckView(ComplianceService compliance) {
        this.compliance = compliance;
        addClassName("pl-page");
        addClassName("pl-check");

        channel.setLabel("Channel");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> Formats.words(c.name()));
        channel.setValue(Channel.EMAIL);
        channel.addValueChangeListener(e -> {
            showPartsOf(e.getValue());
            check();
        });
        states.setItems(STATES);
        states.setPlaceholder("Where it runs");
        states.addValueChangeListener(e -> check());
        List.of(program, purpose, productType, rateType, firstLien).forEach(s -> s.addValueChangeListener(e -> check()));

        var context = new FormLayout(channel, states, program, purpose, productType, rateType, firstLien);
        context.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40rem", 3));

        for (PartKind kind : PartKind.values()) {
            var area = new TextArea(partLabel(kind));
            area.setWidthFull();
            area.setValueChangeMode(ValueChangeMode.TIMEOUT);
            area.setValueChangeTimeout(400);
            area.addValueChangeListener(e -> check());
            if (kind == PartKind.HEADLINE || kind == PartKind.DESCRIPTION) {
                area.setHelperText("One per line");
            }
            var highlight = new Div();
            highlight.addClassName("pl-highlight");
            highlight.setVisible(false);
            fields.put(kind, area);
            highlights.put(kind, highlight);
            var box = new Div(area, highlight);
            box.addClassName("pl-part");
            partsBox.add(box);
        }
        showPartsOf(Channel.EMAIL);

        var editor = new Div(new H3("Creative"), context, partsBox);
        editor.addClassName("pl-check-editor");
        verdict.addClassName("pl-verdict");
        results.addClassName("pl-findings");
        var side = new Div(new H3("Findings"), verdict, results);
        side.addClassName("pl-check-results");
        var columns = new Div(editor, side);
        columns.addClassName("pl-check-columns");
        add(columns);
        check();
    }

    private void showPartsOf(Channel value) {
        List<PartKind> visible = PARTS.get(value);
        fields.forEach((kind, area) -> area.getParent().ifPresent(box -> box.setVisible(
                visible.contains(kind) || !area.isEmpty())));
        fields.get(PartKind.BODY).setLabel(value == Channel.SOCIAL_AD ? "Primary text" : "Body");
    }

    CreativeInput input() {
        List<TextPart> parts = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            TextArea area = fields.get(kind);
            if (area.isEmpty() || !area.getParent().map(p -> p.isVisible()).orElse(false)) {
                continue;
            }
            if (kind == PartKind.HEADLINE || kind == PartKind.DESCRIPTION) {
                String[] lines = area.getValue().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    parts.add(new TextPart(kind, i, lines[i]));
                }
            } else {
                parts.add(new TextPart(kind, 0, area.getValue()));
            }
        }
        var context = new CreativeContext(new HashSet<>(states.getValue()), program.getValue(), purpose.getValue(),
                productType.getValue(), rateType.getValue(), firstLien.getValue());
        return new CreativeInput(channel.getValue(), parts, context);
    }

    void check() {
        CreativeInput input = input();
        results.removeAll();
        highlights.values().forEach(h -> {
            h.removeAll();
            h.setVisible(false);
        });
        if (input.parts().isEmpty()) {
            verdict.setText("");
            lastFindings = List.of();
            results.add(new Paragraph("Paste or type the copy on the left; findings appear here as you type."));
            return;
        }
        CheckResult result = compliance.check(input);
        lastFindings = result.findings();
        verdict.setText(switch (result.verdict()) {
            case BLOCKED -> "Blocked: " + count(Severity.BLOCK) + " must be fixed before this can run";
            case NEEDS_REVIEW -> "Needs review: " + count(Severity.REVIEW) + " for a compliance officer";
            case CLEAR -> "Clear" + (lastFindings.isEmpty() ? "" : " (" + lastFindings.size() + " warnings)");
        });
        verdict.getElement().setAttribute("data-verdict", result.verdict().name());
        for (Finding f : lastFindings) {
            results.add(card(f, result.ruleNotes().get(f.ruleId()), input));
        }
        for (PartKind kind : PartKind.values()) {
            renderHighlights(kind, input);
        }
    }

    private long count(Severity severity) {
        return lastFindings.stream().filter(f -> f.severity() == severity).count();
    }

    private Div card(Finding f, @Nullable String note, CreativeInput input) {
        var severity = new Badge(f.severity().name());
        severity.addThemeVariants(switch (f.severity()) {
            case BLOCK -> BadgeVariant.ERROR;
            case REVIEW -> BadgeVariant.WARNING;
            case WARN -> BadgeVariant.CONTRAST;
        });
        var rule = new Span(f.ruleId());
        rule.addClassName("pl-rule-id");
        var where = new Span(partLabel(f.part()) + (f.partIndex() > 0 ? " " + (f.partIndex() + 1) : ""));
        where.addClassName("pl-finding-part");
        var head = new Div(severity, rule, where);
        head.addClassName("pl-finding-head");
        var card = new Div(head);
        card.addClassName("pl-finding");
        textOf(input, f).filter(t -> f.end() > f.start() && f.end() <= t.length())
                .ifPresent(t -> {
                    var quote = new Paragraph("“" + t.substring(f.start(), f.end()) + "”");
                    quote.addClassName("pl-finding-quote");
                    card.add(quote);
                });
        card.add(new Paragraph(f.message()));
        var citation = new Paragraph(f.citation());
        citation.addClassName("pl-finding-citation");
        card.add(citation);
        if (note != null) {
            var noteText = new Paragraph(note);
            noteText.addClassName("pl-finding-note");
            card.add(noteText);
        }
        if (f.suggestion() != null) {
            var suggestion = new Paragraph(f.suggestion());
            suggestion.addClassName("pl-finding-suggestion");
            card.add(suggestion);
            var apply = new Button(f.start() == f.end() ? "Insert suggested text" : "Replace with suggested text",
                    e -> apply(f));
            apply.addThemeVariants(ButtonVariant.SMALL);
            card.add(apply);
        }
        return card;
    }

    /**
     * Applies a finding's fix: a missing disclosure goes where the engine says it belongs (the empty span), on a line
     * of its own; wording the finding marks is replaced by the suggestion.
     */
    private void apply(Finding f) {
        TextArea area = fields.get(f.part());
        area.getParent().ifPresent(box -> box.setVisible(true));
        String suggestion = f.suggestion() == null ? "" : f.suggestion();
        boolean lines = f.part() == PartKind.HEADLINE || f.part() == PartKind.DESCRIPTION;
        List<String> texts = lines ? new ArrayList<>(List.of(area.getValue().split("\n", -1)))
                : new ArrayList<>(List.of(area.getValue()));
        int index = lines ? f.partIndex() : 0;
        while (texts.size() <= index) {
            texts.add("");
        }
        String text = texts.get(index);
        int start = Math.min(f.start(), text.length());
        int end = Math.min(f.end(), text.length());
        String replacement = start == end ? separator(text, start) + suggestion : suggestion;
        texts.set(index, text.substring(0, start) + replacement + text.substring(end));
        area.setValue(String.join("\n", texts));
        check();
    }

    private static String separator(String text, int at) {
        if (at == 0 || text.isBlank()) {
            return "";
        }
        char before = text.charAt(at - 1);
        return before == '\n' || before == ' ' ? "" : "\n";
    }

    private Optional<String> textOf(CreativeInput input, Finding f) {
        return input.parts().stream().filter(p -> p.kind() == f.part() && p.index() == f.partIndex())
                .map(TextPart::text).findFirst();
    }

    /** Shows the part's text again under its field, with every finding's span marked in its severity's colour. */
    private void renderHighlights(PartKind kind, CreativeInput input) {
        List<TextPart> parts = input.parts().stream().filter(p -> p.kind() == kind).toList();
        Div box = highlights.get(kind);
        boolean any = false;
        for (TextPart part : parts) {
            Div line = Highlights.line(part.text(), lastFindings.stream()
                    .filter(f -> f.part() == kind && f.partIndex() == part.index())
                    .map(ComplianceCheckView::mark).toList());
            if (line != null) {
                any = true;
                box.add(line);
            }
        }
        box.setVisible(any);
    }

    /** A finding as a marked span in its severity's colour. */
    static Highlights.Mark mark(Finding f) {
        return new Highlights.Mark(f.start(), f.end(), f.severity().name().toLowerCase(java.util.Locale.ROOT),
                f.ruleId() + ": " + f.message());
    }

    static String partLabel(PartKind kind) {
        return switch (kind) {
            case SENDER_NAME -> "Sender name";
            case SUBJECT -> "Subject";
            case PREHEADER -> "Preheader";
            case HEADLINE -> "Headlines";
            case DESCRIPTION -> "Descriptions";
            case BODY -> "Body";
            case CALL_TO_ACTION -> "Call to action";
            case SMS_TEXT -> "SMS text";
            case FOOTER -> "Footer";
            case DISCLOSURES -> "Disclosures";
        };
    }

    /** For tests and the creative editor: the field of one part. */
    TextArea field(PartKind kind) {
        return fields.get(kind);
    }

    List<Finding> findings() {
        return lastFindings;
    }
}
