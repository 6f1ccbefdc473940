package com.porchlight.creative.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.Severity;
import com.porchlight.creative.ChannelLayout;
import com.porchlight.creative.ChecklistAnswer;
import com.porchlight.creative.CommentDraft;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeField;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.CreativeStatus;
import com.porchlight.creative.FieldSpec;
import com.porchlight.creative.FindingOverride;
import com.porchlight.creative.HtmlSanitiser;
import com.porchlight.creative.ReviewChecklist;
import com.porchlight.creative.ReviewComment;
import com.porchlight.creative.ReviewDecision;
import com.porchlight.creative.SubmittedCheck;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reviewers' side of a creative. A compliance officer claims it, reads the pre-check stored with the submission,
 * overrides BLOCK findings with a justification, answers the catalog's section-14 checklist, and either requests
 * changes (comments on findings, passages or the whole) or approves. A CMO sees the compliance approval and approves
 * or rejects. Buttons a person may not use are disabled and say why; the service checks again. Decisions, overrides
 * and the comment thread are shown to everyone who can read the creative.
 */
@StyleSheet("creative-review.css")
class ReviewPanel extends Composite<VerticalLayout> {

    /** A change request being put together, before it is sent. */
    record PendingComment(CommentDraft draft, String describe) {
    }

    private final CreativeService creatives;
    private final Runnable onChanged;
    private @Nullable CreativeDetail detail;

    private final Div header = new Div();
    private final Div actions = new Div();
    private final Div precheck = new Div();
    private final Div checklistBox = new Div();
    private final Div changesBox = new Div();
    private final Div approveBox = new Div();
    private final Div cmoBox = new Div();
    private final Div record = new Div();
    private final Div thread = new Div();

    /** Checklist fields, kept while the same version is shown so a refresh loses no answer. */
    private String checklistFor = "";
    final Map<Integer, RadioButtonGroup<ChecklistAnswer.Answer>> answers = new LinkedHashMap<>();
    final Map<Integer, TextField> notes = new LinkedHashMap<>();
    final List<PendingComment> pending = new ArrayList<>();

    final Button claim = new Button("Claim for review");
    final Button handBack = new Button("Hand back");
    final Button requestChanges = new Button("Request changes");
    final Button approve = new Button("Approve");
    final TextArea approvalNote = new TextArea("Approval note");
    final Button cmoApprove = new Button("Approve as CMO");
    final Button cmoReject = new Button("Reject");
    final TextArea cmoNote = new TextArea("Note or reason");
    final Select<PassageTarget> passageField = new Select<>();
    final TextArea passage = new TextArea("Passage");
    final TextArea passageComment = new TextArea("Comment on the passage");
    final Button addPassage = new Button("Add passage comment");
    final TextArea generalComment = new TextArea("General comment");
    final Button addGeneral = new Button("Add general comment");
    final TextArea threadComment = new TextArea("Add a comment");
    final Button postComment = new Button("Post comment");

    /** One field item a passage comment can point at. */
    record PassageTarget(CreativeField field, int item, String label, String visibleText) {
    }

    ReviewPanel(CreativeService creatives, Runnable onChanged) {
        this.creatives = creatives;
        this.onChanged = onChanged;
        VerticalLayout root = getContent();
        root.addClassName("pl-review-panel");
        root.setPadding(false);
        root.setSpacing(true);
        root.setAlignItems(FlexComponent.Alignment.STRETCH);

        claim.addThemeVariants(ButtonVariant.PRIMARY);
        claim.addClickListener(e -> act(() -> creatives.claim(id()), "You are reviewing it now."));
        handBack.addClickListener(e -> act(() -> creatives.release(id()), "Handed back to the queue."));
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        approve.addClickListener(e -> approveCompliance());
        approvalNote.setWidthFull();
        approvalNote.setPlaceholder("What you checked (optional, kept with the approval)");
        requestChanges.addThemeVariants(ButtonVariant.ERROR);
        requestChanges.addClickListener(e -> sendChangeRequest());

        passageField.setLabel("Field");
        passageField.setItemLabelGenerator(PassageTarget::label);
        passage.setWidthFull();
        passage.setPlaceholder("Type or paste the words exactly as they appear");
        passageComment.setWidthFull();
        addPassage.addClickListener(e -> addPassageComment());
        generalComment.setWidthFull();
        addGeneral.addClickListener(e -> addGeneralComment());

        cmoApprove.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        cmoApprove.addClickListener(e -> act(() -> creatives.approveCmo(id(), hash(), cmoNote.getValue()),
                "Approved. It can go live."));
        cmoReject.addThemeVariants(ButtonVariant.ERROR);
        cmoReject.addClickListener(e -> act(() -> creatives.rejectCmo(id(), hash(), cmoNote.getValue()),
                "Rejected and sent back to the author."));
        cmoNote.setWidthFull();
        cmoNote.setPlaceholder("A reason is required to reject; a note is optional when approving");

        threadComment.setWidthFull();
        threadComment.setValueChangeMode(ValueChangeMode.EAGER);
        postComment.addClickListener(e -> postThreadComment());

        root.add(header, actions, precheck, checklistBox, changesBox, approveBox, cmoBox, record, thread);
    }

    private long id() {
        return detail().id();
    }

    private String hash() {
        return detail().hash();
    }

    private CreativeDetail detail() {
        if (detail == null) {
            throw new IllegalStateException("No creative shown");
        }
        return detail;
    }

    private static String me() {
        return CurrentUser.name().orElse("");
    }

    private static boolean isCompliance() {
        return CurrentUser.hasAnyRole(Roles.COMPLIANCE);
    }

    private static boolean isCmo() {
        return CurrentUser.hasAnyRole(Roles.CMO);
    }

    /** Shows the creative as it now stands. */
    void show(CreativeDetail d) {
        String key = d.id() + ":" + d.hash();
        if (!key.equals(checklistFor)) {
            checklistFor = key;
            answers.clear();
            notes.clear();
            pending.clear();
        }
        this.detail = d;
        renderHeader(d);
        renderActions(d);
        renderPrecheck(d);
        renderChecklist(d);
        renderChanges(d);
        renderApprove(d);
        renderCmo(d);
        renderRecord(d);
        renderThread(d);
    }

    private void reload() {
        show(creatives.get(id()));
    }

    private void act(Runnable action, String success) {
        if (ReviewSupport.attempt(action, this::reload)) {
            Notifications.success(success);
            reload();
            onChanged.run();
        }
    }

    // ---------------------------------------------------------------- header: status and who may not approve

    private void renderHeader(CreativeDetail d) {
        header.removeAll();
        header.addClassName("pl-rv-header");
        var status = new Badge(d.status().label());
        status.addThemeVariants(switch (d.status()) {
            case APPROVED, LIVE -> BadgeVariant.SUCCESS;
            case CHANGES_REQUESTED -> BadgeVariant.ERROR;
            case SUBMITTED, IN_REVIEW, COMPLIANCE_APPROVED -> BadgeVariant.WARNING;
            default -> BadgeVariant.CONTRAST;
        });
        var title = new H3("Review");
        var line = new Div(title, status);
        line.addClassName("pl-rv-title");
        header.add(line);
        List<String> facts = new ArrayList<>();
        facts.add("Version " + d.current().versionNo() + ", SHA-256 " + ReviewSupport.shortHash(d.hash()) + "…");
        if (d.summary().claimedBy() != null && d.status() == CreativeStatus.IN_REVIEW) {
            facts.add("Claimed by " + d.summary().claimedBy());
        }
        facts.add(d.cmoRequired() ? "Needs compliance and CMO approval" : "Needs compliance approval only");
        var p = new Paragraph(String.join(" · ", facts));
        p.addClassName("pl-muted");
        header.add(p);
        List<String> mayNot = new ArrayList<>();
        if (!d.editors().isEmpty()) {
            mayNot.add(String.join(", ", d.editors()) + " (authored or edited it)");
        }
        complianceApproval(d).ifPresent(r -> mayNot.add(r.reviewer() + " may not give the CMO approval (gave the "
                + "compliance approval)"));
        var sep = new Div(new Span("May not approve: "), new Span(String.join("; ", mayNot)));
        sep.addClassName("pl-rv-separation");
        header.add(sep);
        if (!isCompliance() && !isCmo()) {
            var note = new Paragraph("Only compliance officers and CMOs review creatives; you can read the record and "
                    + "comment.");
            note.addClassName("pl-muted");
            header.add(note);
        }
    }

    private Optional<ReviewDecision> complianceApproval(CreativeDetail d) {
        return creatives.reviews(d.id()).stream()
                .filter(r -> r.versionNo() == d.current().versionNo() && r.contentHash().equals(d.hash())
                        && r.stage() == ReviewDecision.Stage.COMPLIANCE
                        && r.decision() == ReviewDecision.Decision.APPROVED)
                .reduce((a, b) -> b);
    }

    private boolean isEditor(CreativeDetail d) {
        return d.editors().contains(me());
    }

    // ---------------------------------------------------------------- claim / hand back

    private void renderActions(CreativeDetail d) {
        actions.removeAll();
        if (!isCompliance() || !(d.status() == CreativeStatus.SUBMITTED || d.status() == CreativeStatus.IN_REVIEW)) {
            return;
        }
        enable(claim, d.status() == CreativeStatus.SUBMITTED && !isEditor(d), d.status() != CreativeStatus.SUBMITTED
                ? (d.status() == CreativeStatus.IN_REVIEW ? d.summary().claimedBy() + " is reviewing it."
                        : "Only a submitted creative can be claimed; this one is " + lower(d) + ".")
                : "You authored or edited it, so someone else must review it.");
        enable(handBack, claimedByMe(d), "Only the reviewer who claimed it can hand it back.");
        var row = new HorizontalLayout(claim, handBack);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.add(row);
        why(actions, claim, handBack);
    }

    private boolean claimedByMe(CreativeDetail d) {
        return d.status() == CreativeStatus.IN_REVIEW && me().equals(d.summary().claimedBy());
    }

    private static String lower(CreativeDetail d) {
        return d.status().label().toLowerCase(Locale.ROOT);
    }

    /** Enables a button, or disables it with the reason as its tooltip. */
    private static void enable(Button b, boolean enabled, String reason) {
        b.setEnabled(enabled);
        b.setTooltipText(enabled ? null : reason);
        b.getElement().setAttribute("data-why", enabled ? "" : reason);
    }

    /** Disabled buttons show no tooltip on touch screens: their reasons are written under them too. */
    private static void why(Div box, Button... buttons) {
        for (Button b : buttons) {
            String reason = b.getElement().getAttribute("data-why");
            if (!b.isEnabled() && reason != null && !reason.isBlank()) {
                var why = new Paragraph(b.getText() + ": " + b.getElement().getAttribute("data-why"));
                why.addClassName("pl-rv-why");
                box.add(why);
            }
        }
    }

    // ---------------------------------------------------------------- the pre-check and overrides

    private void renderPrecheck(CreativeDetail d) {
        precheck.removeAll();
        List<Finding> findings;
        String title;
        boolean draft = d.status() == CreativeStatus.DRAFT || d.status() == CreativeStatus.CHANGES_REQUESTED;
        Optional<SubmittedCheck> stored = creatives.submittedCheck(d.id());
        if (!draft && stored.isPresent()) {
            SubmittedCheck c = stored.get();
            findings = c.findings();
            title = "Pre-check stored with the submission: " + c.verdict().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " (" + ReviewSupport.when(c.checkedAt()) + ")";
        } else if (draft) {
            findings = creatives.check(d.current().content()).findings();
            title = "Pre-check of the current draft (stored when it is submitted)";
        } else {
            findings = List.of();
            title = "No pre-check is stored for this version.";
        }
        precheck.add(new H4(title));
        if (findings.isEmpty() && !title.startsWith("No")) {
            precheck.add(new Paragraph("No findings."));
        }
        List<FindingOverride> overrides = creatives.overrides(d.id(), d.current().versionNo());
        for (Finding f : findings) {
            precheck.add(findingCard(d, f, overrides.stream().filter(o -> o.covers(f)).findFirst()));
        }
    }

    private Div findingCard(CreativeDetail d, Finding f, Optional<FindingOverride> override) {
        var severity = ReviewSupport.severityBadge(f.severity());
        var rule = new Span(f.ruleId());
        rule.addClassName("pl-rule-id");
        var where = new Span(ReviewSupport.where(d.summary().channel(), f));
        where.addClassName("pl-finding-part");
        var head = new Div(severity, rule, where);
        head.addClassName("pl-finding-head");
        var card = new Div(head);
        card.addClassName("pl-finding");
        card.getElement().setAttribute("data-rule", f.ruleId());
        String quote = passageOf(d, f);
        if (!quote.isEmpty()) {
            var q = new Paragraph("“" + quote + "”");
            q.addClassName("pl-finding-quote");
            card.add(q);
        }
        card.add(new Paragraph(f.message()));
        var citation = new Paragraph(f.citation());
        citation.addClassName("pl-finding-citation");
        card.add(citation);
        var buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        if (override.isPresent()) {
            FindingOverride o = override.get();
            var note = new Paragraph("Overridden by " + o.by() + " on " + ReviewSupport.when(o.at()) + ": "
                    + o.justification());
            note.addClassName("pl-rv-override");
            card.add(note);
        } else if (f.severity() == Severity.BLOCK && isCompliance()) {
            var overrideButton = new Button("Override…", e -> overrideDialog(d, f));
            overrideButton.addThemeVariants(ButtonVariant.SMALL);
            boolean allowed = switch (d.status()) {
                case DRAFT, CHANGES_REQUESTED, SUBMITTED, IN_REVIEW -> true;
                default -> false;
            };
            enable(overrideButton, allowed && !isEditor(d), !allowed ? "Findings can be overridden before approval only."
                    : "You authored or edited it, so someone else must override its findings.");
            buttons.add(overrideButton);
        }
        if (isCompliance() && claimedByMe(d)) {
            var comment = new Button("Comment on this finding", e -> findingCommentDialog(d, f));
            comment.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            buttons.add(comment);
        }
        if (buttons.getComponentCount() > 0) {
            card.add(buttons);
        }
        return card;
    }

    /** The words a finding marks, in the field's visible text. */
    private static String passageOf(CreativeDetail d, Finding f) {
        for (FieldSpec spec : ChannelLayout.of(d.summary().channel())) {
            if (spec.field().part() != f.part()) {
                continue;
            }
            List<String> items = d.current().content().items(spec.field());
            if (f.partIndex() >= items.size()) {
                return "";
            }
            String text = spec.html() ? HtmlSanitiser.visibleText(items.get(f.partIndex())) : items.get(f.partIndex());
            return f.start() < f.end() && f.end() <= text.length() ? text.substring(f.start(), f.end()) : "";
        }
        return "";
    }

    private static @Nullable CreativeField fieldOf(CreativeDetail d, Finding f) {
        return ChannelLayout.of(d.summary().channel()).stream().filter(s -> s.field().part() == f.part())
                .map(FieldSpec::field).findFirst().orElse(null);
    }

    /** Asks for the justification (at least 20 characters, kept in the examiner's record) and records it. */
    void overrideDialog(CreativeDetail d, Finding f) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Override " + f.ruleId());
        var text = new Paragraph(f.message());
        var justification = new TextArea("Justification");
        justification.setWidthFull();
        justification.setMinLength(20);
        justification.setValueChangeMode(ValueChangeMode.EAGER);
        justification.setHelperText("At least 20 characters. Examiners read it in the export.");
        var save = new Button("Record override");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            String why = justification.getValue().strip();
            if (why.length() < 20) {
                justification.setInvalid(true);
                justification.setErrorMessage("Write at least 20 characters (" + why.length() + " so far): say why "
                        + "this finding does not apply or is acceptable.");
                return;
            }
            if (ReviewSupport.attempt(() -> creatives.overrideFinding(d.id(), d.hash(), f, why), this::reload)) {
                dialog.close();
                Notifications.success("Override of " + f.ruleId() + " recorded.");
                reload();
                onChanged.run();
            }
        });
        dialog.add(text, justification);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("32rem");
        dialog.open();
    }

    void findingCommentDialog(CreativeDetail d, Finding f) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Comment on " + f.ruleId());
        var body = new TextArea("What should change");
        body.setWidthFull();
        body.setValue(f.suggestion() == null ? "" : "Suggested: " + f.suggestion());
        var add = new Button("Add to change request", e -> {
            if (body.getValue().isBlank()) {
                body.setInvalid(true);
                body.setErrorMessage("Write what should change.");
                return;
            }
            CreativeField field = fieldOf(d, f);
            CommentDraft draft = field == null ? new CommentDraft(f.ruleId(), null, null, null, null, body.getValue())
                    : CommentDraft.onFinding(f.ruleId(), field, f.partIndex(), f.start(), f.end(), body.getValue());
            pending.add(new PendingComment(draft, "On finding " + f.ruleId() + ": " + body.getValue().strip()));
            dialog.close();
            renderChanges(d);
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(body);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), add);
        dialog.setWidth("32rem");
        dialog.open();
    }

    // ---------------------------------------------------------------- checklist

    private void renderChecklist(CreativeDetail d) {
        checklistBox.removeAll();
        boolean reviewing = isCompliance() && claimedByMe(d);
        checklistBox.setVisible(reviewing);
        if (!reviewing) {
            return;
        }
        checklistBox.add(new H4("Checklist: what automation cannot decide (catalog section 14)"));
        var hint = new Paragraph("Answer every item. \"No\" means request changes; \"Not applicable\" needs a note.");
        hint.addClassName("pl-muted");
        checklistBox.add(hint);
        for (ReviewChecklist.Item item : ReviewChecklist.forChannel(d.summary().channel())) {
            var group = answers.computeIfAbsent(item.number(), n -> {
                var g = new RadioButtonGroup<ChecklistAnswer.Answer>();
                g.setItems(ChecklistAnswer.Answer.values());
                g.setItemLabelGenerator(ChecklistAnswer.Answer::label);
                g.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
                g.setAriaLabel(item.title());
                return g;
            });
            var note = notes.computeIfAbsent(item.number(), n -> {
                var t = new TextField();
                t.setPlaceholder("Note");
                t.setAriaLabel("Note on " + item.title());
                t.setWidthFull();
                return t;
            });
            var title = new Span(item.number() + ". " + item.title());
            title.addClassName("pl-rv-item-title");
            var question = new Span(item.question());
            question.addClassName("pl-rv-item-question");
            var row = new Div(new Div(title, question), group, note);
            row.addClassName("pl-rv-item");
            checklistBox.add(row);
        }
    }

    /** The answers given so far; an item without an answer is missing (the service names it). */
    Map<Integer, ChecklistAnswer> checklistAnswers() {
        Map<Integer, ChecklistAnswer> out = new LinkedHashMap<>();
        answers.forEach((n, g) -> {
            if (g.getValue() != null) {
                out.put(n, new ChecklistAnswer(g.getValue(), notes.get(n).getValue()));
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- request changes

    private void renderChanges(CreativeDetail d) {
        changesBox.removeAll();
        boolean reviewing = isCompliance() && claimedByMe(d);
        changesBox.setVisible(reviewing);
        if (!reviewing) {
            return;
        }
        changesBox.add(new H4("Request changes"));
        if (pending.isEmpty()) {
            var none = new Paragraph("No comments yet: use \"Comment on this finding\" above, or add a passage or "
                    + "general comment below.");
            none.addClassName("pl-muted");
            changesBox.add(none);
        }
        for (PendingComment c : List.copyOf(pending)) {
            var remove = new Button("Remove", e -> {
                pending.remove(c);
                renderChanges(d);
            });
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            var row = new Div(new Span(c.describe()), remove);
            row.addClassName("pl-rv-pending");
            changesBox.add(row);
        }
        List<PassageTarget> targets = new ArrayList<>();
        for (FieldSpec spec : ChannelLayout.of(d.summary().channel())) {
            List<String> items = d.current().content().items(spec.field());
            for (int i = 0; i < items.size(); i++) {
                targets.add(new PassageTarget(spec.field(), i, spec.label() + (spec.repeated() ? " " + (i + 1) : ""),
                        spec.html() ? HtmlSanitiser.visibleText(items.get(i)) : items.get(i)));
            }
        }
        PassageTarget chosen = passageField.getValue();
        passageField.setItems(targets);
        targets.stream().filter(t -> chosen != null && t.field() == chosen.field() && t.item() == chosen.item())
                .findFirst().or(() -> targets.stream().findFirst()).ifPresent(passageField::setValue);
        var passageRow = new Div(passageField, passage, passageComment, addPassage);
        passageRow.addClassName("pl-rv-passage");
        var generalRow = new Div(generalComment, addGeneral);
        generalRow.addClassName("pl-rv-passage");
        changesBox.add(passageRow, generalRow);
        requestChanges.setText(pending.isEmpty() ? "Request changes" : "Request changes (" + pending.size()
                + (pending.size() == 1 ? " comment)" : " comments)"));
        changesBox.add(requestChanges);
    }

    /** Finds the typed passage in the chosen field's visible text and queues a comment on that span. */
    void addPassageComment() {
        PassageTarget target = passageField.getValue();
        String words = passage.getValue();
        passage.setInvalid(false);
        passageComment.setInvalid(false);
        if (target == null) {
            passageField.setInvalid(true);
            passageField.setErrorMessage("Choose the field the passage is in.");
            return;
        }
        if (words.isBlank()) {
            passage.setInvalid(true);
            passage.setErrorMessage("Type or paste the passage you mean.");
            return;
        }
        String needle = words.strip();
        int start = target.visibleText().indexOf(needle);
        if (start < 0) {
            start = target.visibleText().toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT));
        }
        if (start < 0) {
            passage.setInvalid(true);
            passage.setErrorMessage("\"" + abbreviate(needle) + "\" is not in " + target.label() + ". Copy the words "
                    + "exactly as they appear in this version.");
            return;
        }
        if (passageComment.getValue().isBlank()) {
            passageComment.setInvalid(true);
            passageComment.setErrorMessage("Say what should change in this passage.");
            return;
        }
        int end = start + needle.length();
        pending.add(new PendingComment(CommentDraft.onPassage(target.field(), target.item(), start, end,
                passageComment.getValue()), "On \"" + abbreviate(target.visibleText().substring(start, end)) + "\" in "
                + target.label() + ": " + passageComment.getValue().strip()));
        passage.clear();
        passageComment.clear();
        renderChanges(detail());
    }

    void addGeneralComment() {
        if (generalComment.getValue().isBlank()) {
            generalComment.setInvalid(true);
            generalComment.setErrorMessage("Write the comment first.");
            return;
        }
        generalComment.setInvalid(false);
        pending.add(new PendingComment(CommentDraft.general(generalComment.getValue()),
                "General: " + generalComment.getValue().strip()));
        generalComment.clear();
        renderChanges(detail());
    }

    private void sendChangeRequest() {
        if (pending.isEmpty()) {
            Notifications.error("Say what needs to change: add at least one comment on a finding, a passage or the "
                    + "creative as a whole.");
            return;
        }
        List<CommentDraft> drafts = pending.stream().map(PendingComment::draft).toList();
        act(() -> creatives.requestChanges(id(), hash(), drafts), "Changes requested: the author sees your "
                + drafts.size() + (drafts.size() == 1 ? " comment." : " comments."));
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    // ---------------------------------------------------------------- compliance approval

    private void renderApprove(CreativeDetail d) {
        approveBox.removeAll();
        boolean reviewing = isCompliance() && claimedByMe(d);
        approveBox.setVisible(isCompliance() && (reviewing || d.status() == CreativeStatus.SUBMITTED));
        if (!approveBox.isVisible()) {
            return;
        }
        approveBox.add(new H4("Approve"));
        enable(approve, reviewing && !isEditor(d), !reviewing ? "Claim it for review first."
                : "You authored or edited it, so someone else must approve it.");
        approvalNote.setEnabled(approve.isEnabled());
        approveBox.add(approvalNote, approve);
        why(approveBox, approve);
    }

    private void approveCompliance() {
        act(() -> creatives.approveCompliance(id(), hash(), checklistAnswers(), approvalNote.getValue()),
                detail().cmoRequired() ? "Approved by compliance: it waits for the CMO." : "Approved. It can go live.");
    }

    // ---------------------------------------------------------------- CMO

    private void renderCmo(CreativeDetail d) {
        cmoBox.removeAll();
        boolean cmoStage = d.status() == CreativeStatus.COMPLIANCE_APPROVED;
        cmoBox.setVisible(isCmo() && d.cmoRequired() && (cmoStage || d.status() == CreativeStatus.APPROVED
                || d.status() == CreativeStatus.LIVE));
        if (!cmoBox.isVisible()) {
            return;
        }
        cmoBox.add(new H4("CMO approval"));
        Optional<ReviewDecision> comp = complianceApproval(d);
        if (comp.isPresent()) {
            ReviewDecision r = comp.get();
            cmoBox.add(new Paragraph("Compliance approved by " + r.reviewer() + " on " + ReviewSupport.when(
                    r.decidedAt()) + (r.note() == null ? "." : ": " + r.note())));
            cmoBox.add(checklistList(d, r));
        } else {
            cmoBox.add(new Paragraph("Compliance has not approved this version yet."));
        }
        if (!cmoStage) {
            return;
        }
        String complianceApprover = comp.map(ReviewDecision::reviewer).orElse("");
        String reason = isEditor(d) ? "You authored or edited it, so someone else must approve it."
                : me().equals(complianceApprover) ? "You gave the compliance approval; a different person must give "
                        + "the CMO's." : "";
        enable(cmoApprove, reason.isEmpty(), reason);
        enable(cmoReject, !isEditor(d), "You authored or edited it, so someone else must review it.");
        cmoNote.setEnabled(cmoApprove.isEnabled() || cmoReject.isEnabled());
        var buttons = new HorizontalLayout(cmoApprove, cmoReject);
        cmoBox.add(cmoNote, buttons);
        why(cmoBox, cmoApprove, cmoReject);
    }

    private static Component checklistList(CreativeDetail d, ReviewDecision r) {
        var box = new Div();
        box.addClassName("pl-rv-answers");
        Map<Integer, ReviewChecklist.Item> items = new LinkedHashMap<>();
        ReviewChecklist.forChannel(d.summary().channel()).forEach(i -> items.put(i.number(), i));
        r.checklist().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ReviewChecklist.Item item = items.get(e.getKey());
            var answer = new Badge(e.getValue().answer().label());
            answer.addThemeVariants(e.getValue().answer() == ChecklistAnswer.Answer.YES ? BadgeVariant.SUCCESS
                    : BadgeVariant.CONTRAST);
            var row = new Div(answer, new Span(" " + e.getKey() + ". " + (item == null ? "" : item.title())
                    + (e.getValue().note() == null ? "" : " — " + e.getValue().note())));
            row.addClassName("pl-rv-answer");
            box.add(row);
        });
        return box;
    }

    // ---------------------------------------------------------------- the record: decisions and overrides

    private void renderRecord(CreativeDetail d) {
        record.removeAll();
        record.add(new H4("Decisions so far"));
        List<ReviewDecision> reviews = creatives.reviews(d.id());
        if (reviews.isEmpty()) {
            record.add(new Paragraph("None yet."));
        }
        for (ReviewDecision r : reviews.reversed()) {
            String what = (r.stage() == ReviewDecision.Stage.COMPLIANCE ? "Compliance" : "CMO") + " "
                    + switch (r.decision()) {
                        case APPROVED -> "approved";
                        case CHANGES_REQUESTED -> "requested changes";
                        case REJECTED -> "rejected";
                    };
            var line = new Paragraph(what + " — " + r.reviewer() + ", " + ReviewSupport.when(r.decidedAt())
                    + ", version " + r.versionNo() + (r.note() == null ? "" : ": " + r.note()));
            line.addClassName("pl-rv-decision");
            record.add(line);
        }
        List<FindingOverride> overrides = creatives.overrides(d.id(), null);
        record.add(new H4("Overrides"));
        if (overrides.isEmpty()) {
            record.add(new Paragraph("None."));
        }
        for (FindingOverride o : overrides) {
            var line = new Paragraph(o.ruleId() + " (version " + o.versionNo() + ") — " + o.by() + ", "
                    + ReviewSupport.when(o.at()) + ": " + o.justification());
            line.addClassName("pl-rv-override");
            record.add(line);
        }
    }

    // ---------------------------------------------------------------- comments

    private void renderThread(CreativeDetail d) {
        thread.removeAll();
        thread.add(new H4("Comments"));
        List<ReviewComment> comments = creatives.comments(d.id(), null);
        if (comments.isEmpty()) {
            thread.add(new Paragraph("No comments yet."));
        }
        for (ReviewComment c : comments) {
            String on = c.ruleId() != null ? "on " + c.ruleId() + (c.quote() != null ? " (“" + c.quote() + "”)" : "")
                    : c.quote() != null ? "on “" + c.quote() + "”"
                            + (c.field() != null ? " in " + c.field().label() : "") : "";
            var meta = new Span(c.author() + " · " + ReviewSupport.when(c.createdAt()) + " · version " + c.versionNo()
                    + (on.isEmpty() ? "" : " · " + on));
            meta.addClassName("pl-rv-comment-meta");
            var body = new Paragraph(c.body());
            var item = new Div(meta, body);
            item.addClassName("pl-rv-comment");
            thread.add(item);
        }
        thread.add(threadComment, postComment);
    }

    private void postThreadComment() {
        String body = threadComment.getValue();
        if (body.isBlank()) {
            threadComment.setInvalid(true);
            threadComment.setErrorMessage("Write the comment first.");
            return;
        }
        threadComment.setInvalid(false);
        if (ReviewSupport.attempt(() -> creatives.comment(id(), hash(), CommentDraft.general(body)), this::reload)) {
            threadComment.clear();
            reload();
            onChanged.run();
        }
    }
}
