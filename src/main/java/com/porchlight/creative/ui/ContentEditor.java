package com.porchlight.creative.ui;

import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Highlights;
import com.porchlight.base.ui.Selects;
import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Notifications;
import com.porchlight.compliance.CheckResult;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.LoanPurpose;
import com.porchlight.compliance.engine.PartKind;
import com.porchlight.compliance.engine.ProductType;
import com.porchlight.compliance.engine.Program;
import com.porchlight.compliance.engine.RateType;
import com.porchlight.compliance.engine.Severity;
import com.porchlight.creative.ChannelLayout;
import com.porchlight.creative.CreativeContent;
import com.porchlight.creative.CreativeException;
import com.porchlight.creative.CreativeField;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.CreativeSetup;
import com.porchlight.creative.FieldSpec;
import com.porchlight.creative.HtmlSanitiser;
import com.porchlight.creative.ImageAsset;
import com.porchlight.creative.ReviewComment;
import com.porchlight.rate.MarketRate;
import com.porchlight.rate.MarketRateService;
import com.porchlight.rate.RateProduct;
import com.porchlight.security.LicensedLoanOfficer;
import com.porchlight.security.LoanOfficerDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The channel's editor: its fields (from {@link ChannelLayout}), the setup (where it runs, what it advertises, the
 * named loan officer and the rate product it quotes), the display ad's image, and beside them the live pre-check —
 * what still stops a submission, the findings by severity with their spans highlighted under the fields and one-click
 * fixes, and the reviewers' comments on this and the previous version.
 */
class ContentEditor extends Div {

    static final List<String> STATES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
            "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
            "WV", "WI", "WY", "PR");

    private final CreativeService creatives;
    private final MarketRateService rates;
    private final Channel channel;
    private final Runnable onChange;
    private final Map<CreativeField, FieldEditor> fields = new EnumMap<>(CreativeField.class);

    final MultiSelectComboBox<String> states = new MultiSelectComboBox<>("Target states");
    final Select<Program> program = Selects.optional("Program", Program.values(), p -> Formats.words(p.name()));
    final Select<LoanPurpose> purpose = Selects.optional("Loan purpose", LoanPurpose.values(),
            p -> Formats.words(p.name()));
    final Select<ProductType> productType = Selects.optional("Product type", ProductType.values(),
            p -> p == ProductType.HELOC ? "HELOC" : "Closed-end loan");
    final Select<RateType> rateType = Selects.optional("Rate type", RateType.values(),
            r -> r == RateType.ARM ? "ARM" : Formats.words(r.name()));
    final TextField campaign = new TextField("Campaign (optional)");
    final ComboBox<LicensedLoanOfficer> loanOfficer = new ComboBox<>("Named loan officer");
    final Select<RateProduct> quotedProduct = Selects.optional("Quoted rate product", RateProduct.values(),
            RateProduct::label);

    private final Div imageBox = new Div();
    private @Nullable Upload upload;
    private @Nullable String imageSha256;

    private final Span verdict = new Span();
    private final Div problemsBox = new Div();
    private final Div findingsBox = new Div();
    private final Div commentsBox = new Div();
    private List<Finding> lastFindings = List.of();
    private List<String> lastProblems = List.of();
    private Map<String, String> ruleNotes = Map.of();
    private List<ReviewComment> comments = List.of();
    private int currentVersionNo;
    private boolean loading;
    private boolean readOnly;

    ContentEditor(CreativeService creatives, MarketRateService rates, LoanOfficerDirectory loanOfficers,
            Channel channel, Runnable onChange) {
        this.creatives = creatives;
        this.rates = rates;
        this.channel = channel;
        this.onChange = onChange;
        addClassName("pl-check-columns");
        addClassName("pl-cr-editor");

        var copy = new Div(new H3(ChannelLayout.label(channel) + " copy"));
        copy.addClassName("pl-check-editor");
        for (FieldSpec spec : ChannelLayout.of(channel)) {
            var editor = new FieldEditor(spec, this::edited);
            fields.put(spec.field(), editor);
            copy.add(editor);
        }
        if (ChannelLayout.hasImage(channel)) {
            copy.add(imageSection());
        }
        copy.add(new H3("Setup"), setupForm(loanOfficers));

        verdict.addClassName("pl-verdict");
        problemsBox.addClassName("pl-cr-problems");
        findingsBox.addClassName("pl-findings");
        commentsBox.addClassName("pl-cr-comments");
        var side = new Div(new H3("Pre-check"), verdict, problemsBox, findingsBox, commentsBox);
        side.addClassName("pl-check-results");
        add(copy, side);
    }

    // ------------------------------------------------------------------ setup

    private FormLayout setupForm(LoanOfficerDirectory directory) {
        states.setItems(STATES);
        states.setPlaceholder("Where it runs");
        states.setHelperText("Licensing and state legends are checked for these states.");
        campaign.setMaxLength(200);
        List<LicensedLoanOfficer> officers = new ArrayList<>(directory.enabledLoanOfficers());
        loanOfficer.setItems(officers);
        loanOfficer.setItemLabelGenerator(lo -> lo.name() + (lo.nmlsId() == null ? " (no NMLS ID on file)"
                : " (NMLS #" + lo.nmlsId() + ")"));
        loanOfficer.setClearButtonVisible(true);
        loanOfficer.setPlaceholder("None: the lender only");
        loanOfficer.setHelperText("Co-branded copy names this loan officer and their NMLS ID.");
        quotedProduct.setEmptySelectionCaption("No rate quoted");
        quotedProduct.setItemLabelGenerator(p -> p == null ? "No rate quoted" : p.label());
        quotedProduct.addValueChangeListener(e -> showTodaysRate());
        List.of(program, purpose, productType, rateType, quotedProduct).forEach(s -> s.addValueChangeListener(e -> edited()));
        states.addValueChangeListener(e -> edited());
        campaign.addValueChangeListener(e -> edited());
        loanOfficer.addValueChangeListener(e -> edited());
        var form = new FormLayout(states, program, purpose, productType, rateType, quotedProduct, campaign, loanOfficer);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 2));
        form.setColspan(states, 2);
        form.addClassName("pl-cr-setup");
        return form;
    }

    private void showTodaysRate() {
        RateProduct p = quotedProduct.getValue();
        if (p == null) {
            quotedProduct.setHelperText("Choose the product whose rate the copy quotes; today's rate is taken when "
                    + "you save.");
            return;
        }
        Optional<MarketRate> today = rates.current(p);
        quotedProduct.setHelperText(today.map(r -> "Today's " + p.shortLabel() + ": " + r.rate().toPlainString()
                + "% (" + r.apr().toPlainString() + "% APR), effective " + Formats.MINUTE.format(r.effectiveAt()))
                .orElse("No market rate is recorded for " + p.label() + " yet."));
    }

    // ------------------------------------------------------------------ image

    private Div imageSection() {
        var handler = UploadHandler.inMemory((metadata, bytes) -> uploaded(metadata.fileName(), bytes));
        var up = new Upload(handler);
        up.setMaxFiles(1);
        up.setMaxFileSize(ImageAsset.MAX_BYTES);
        up.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", ".png", ".jpg", ".jpeg", ".gif");
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("Drop the ad image here (PNG, JPEG or GIF, up to 2 MB)"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Upload image…"));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig("The image is bigger than 2 MB.")
                .setIncorrectFileType("Upload a PNG, JPEG or GIF image."));
        up.setI18n(i18n);
        up.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload = up;
        imageBox.addClassName("pl-cr-image");
        var section = new Div(new H4("Image"), imageBox, up);
        section.addClassName("pl-cr-image-section");
        return section;
    }

    void uploaded(String fileName, byte[] bytes) {
        try {
            ImageAsset asset = creatives.uploadImage(fileName, bytes);
            imageSha256 = asset.sha256();
            showImage();
            if (upload != null) {
                upload.clearFileList();
            }
            Notifications.success("Image \u201c" + asset.fileName() + "\u201d uploaded (" + asset.width() + "×"
                    + asset.height() + "). Save to keep it with the creative.");
            edited();
        } catch (CreativeException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showImage() {
        imageBox.removeAll();
        if (imageSha256 == null) {
            imageBox.add(new Paragraph("No image yet: a display ad needs one before it can be submitted."));
            return;
        }
        creatives.image(imageSha256).ifPresentOrElse(stored -> {
            imageBox.add(image(stored));
            var facts = new Span(stored.asset().fileName() + " · " + stored.asset().width() + "×"
                    + stored.asset().height() + " · " + stored.bytes().length / 1024 + " KB");
            facts.addClassName("pl-muted");
            imageBox.add(facts);
        }, () -> imageBox.add(new Paragraph("The image " + imageSha256.substring(0, 12) + "… is missing.")));
    }

    static Image image(ImageAsset.Stored stored) {
        byte[] bytes = stored.bytes();
        var img = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), stored.asset().fileName(), stored.asset().mediaType(), bytes.length)),
                "Ad image " + stored.asset().fileName());
        img.addClassName("pl-cr-img");
        return img;
    }

    // ------------------------------------------------------------------ content

    CreativeContent content() {
        Map<CreativeField, List<String>> values = new EnumMap<>(CreativeField.class);
        fields.forEach((field, editor) -> values.put(field, editor.items()));
        var setup = new CreativeSetup(new HashSet<>(states.getValue()), program.getValue(), purpose.getValue(),
                productType.getValue(), rateType.getValue(), campaign.getValue(),
                loanOfficer.getValue() == null ? null : loanOfficer.getValue().email(), quotedProduct.getValue());
        return new CreativeContent(channel, values, setup, imageSha256);
    }

    void setContent(CreativeContent content) {
        loading = true;
        try {
            fields.forEach((field, editor) -> editor.setItems(content.items(field)));
            CreativeSetup s = content.setup();
            states.setValue(new HashSet<>(s.states()));
            program.setValue(s.program());
            purpose.setValue(s.purpose());
            productType.setValue(s.productType());
            rateType.setValue(s.rateType());
            campaign.setValue(s.campaign() == null ? "" : s.campaign());
            loanOfficer.setValue(officer(s.loanOfficer()));
            quotedProduct.setValue(s.quotedProduct());
            showTodaysRate();
            imageSha256 = content.imageSha256();
            if (ChannelLayout.hasImage(channel)) {
                showImage();
            }
        } finally {
            loading = false;
        }
        check();
    }

    private @Nullable LicensedLoanOfficer officer(@Nullable String email) {
        if (email == null) {
            return null;
        }
        var known = loanOfficer.getListDataView().getItems().filter(lo -> lo.email().equalsIgnoreCase(email))
                .findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        // No longer an enabled loan officer: still show who the copy names.
        var former = new LicensedLoanOfficer(0, email + " (not an active loan officer)", email, null, java.util.Set.of());
        loanOfficer.getListDataView().addItem(former);
        return former;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        fields.values().forEach(f -> f.setReadOnly(readOnly));
        states.setReadOnly(readOnly);
        List.of(program, purpose, productType, rateType, quotedProduct).forEach(s -> s.setReadOnly(readOnly));
        campaign.setReadOnly(readOnly);
        loanOfficer.setReadOnly(readOnly);
        if (upload != null) {
            upload.setVisible(!readOnly);
        }
        check();
    }

    FieldEditor field(CreativeField field) {
        return fields.get(field);
    }

    List<Finding> findings() {
        return lastFindings;
    }

    List<String> problems() {
        return lastProblems;
    }

    private void edited() {
        if (loading) {
            return;
        }
        check();
        onChange.run();
    }

    // ------------------------------------------------------------------ the live pre-check

    void check() {
        CreativeContent content = content();
        findingsBox.removeAll();
        problemsBox.removeAll();
        fields.values().forEach(f -> {
            f.highlight.removeAll();
            f.highlight.setVisible(false);
        });
        try {
            CheckResult result = creatives.check(content);
            lastFindings = result.findings();
            ruleNotes = result.ruleNotes();
            lastProblems = readOnly ? List.of() : creatives.contentProblems(content);
            verdict.setText(switch (result.verdict()) {
                case BLOCKED -> "Blocked: " + count(Severity.BLOCK) + " must be fixed (or overridden by compliance) "
                        + "before it can be submitted";
                case NEEDS_REVIEW -> "Needs review: " + count(Severity.REVIEW) + " for the compliance reviewer";
                case CLEAR -> "Clear" + (lastFindings.isEmpty() ? "" : " (" + lastFindings.size() + " warnings)");
            });
            verdict.getElement().setAttribute("data-verdict", result.verdict().name());
        } catch (CreativeException e) {
            verdict.setText(e.getMessage());
            lastFindings = List.of();
            lastProblems = List.of();
        }
        showProblems();
        showFindings(content);
        showComments();
    }

    private long count(Severity severity) {
        return lastFindings.stream().filter(f -> f.severity() == severity).count();
    }

    private void showProblems() {
        if (readOnly) {
            problemsBox.setVisible(false);
            return;
        }
        problemsBox.setVisible(true);
        if (lastProblems.isEmpty()) {
            var ok = new Paragraph("Required fields, limits and the rate product are in order.");
            ok.addClassName("pl-cr-ok");
            problemsBox.add(ok);
            return;
        }
        var list = new UnorderedList();
        lastProblems.forEach(p -> list.add(new ListItem(p)));
        problemsBox.add(new H4("Before it can be submitted"), list);
    }

    private @Nullable FieldSpec specOf(PartKind part) {
        return ChannelLayout.of(channel).stream().filter(s -> s.field().part() == part).findFirst().orElse(null);
    }

    /** The text the engine saw for a finding's field item: visible text for HTML. */
    private String partText(CreativeContent content, FieldSpec spec, int index) {
        List<String> items = content.items(spec.field());
        if (index >= items.size()) {
            return "";
        }
        return spec.html() ? HtmlSanitiser.visibleText(items.get(index)) : items.get(index);
    }

    private void showFindings(CreativeContent content) {
        if (lastFindings.isEmpty()) {
            findingsBox.add(new Paragraph(content.toCheckInput().parts().stream().allMatch(p -> p.text().isBlank())
                    ? "Write the copy on the left; the pre-check runs as you type."
                    : "No findings."));
            return;
        }
        Map<Severity, List<Finding>> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s, lastFindings.stream().filter(f -> f.severity() == s).toList());
        }
        bySeverity.forEach((severity, list) -> {
            if (list.isEmpty()) {
                return;
            }
            var heading = new H4(switch (severity) {
                case BLOCK -> "Must fix (" + list.size() + ")";
                case REVIEW -> "For the reviewer (" + list.size() + ")";
                case WARN -> "Warnings (" + list.size() + ")";
            });
            heading.addClassName("pl-cr-severity-" + severity.name().toLowerCase(Locale.ROOT));
            findingsBox.add(heading);
            list.forEach(f -> findingsBox.add(card(f, content)));
        });
        for (FieldSpec spec : ChannelLayout.of(channel)) {
            renderHighlights(spec, content);
        }
    }

    private Div card(Finding f, CreativeContent content) {
        var severity = ReviewSupport.severityBadge(f.severity());
        var rule = new Span(f.ruleId());
        rule.addClassName("pl-rule-id");
        FieldSpec spec = specOf(f.part());
        var where = new Span(spec == null ? f.part().name() : fields.get(spec.field()).itemLabel(f.partIndex()));
        where.addClassName("pl-finding-part");
        var head = new Div(severity, rule, where);
        head.addClassName("pl-finding-head");
        var card = new Div(head);
        card.addClassName("pl-finding");
        card.getElement().setAttribute("data-rule", f.ruleId());
        String text = spec == null ? "" : partText(content, spec, f.partIndex());
        if (f.end() > f.start() && f.end() <= text.length()) {
            var quote = new Paragraph("\u201c" + text.substring(f.start(), f.end()) + "\u201d");
            quote.addClassName("pl-finding-quote");
            card.add(quote);
        }
        card.add(new Paragraph(f.message()));
        var citation = new Paragraph(f.citation());
        citation.addClassName("pl-finding-citation");
        card.add(citation);
        String note = ruleNotes.get(f.ruleId());
        if (note != null) {
            var noteText = new Paragraph(note);
            noteText.addClassName("pl-finding-note");
            card.add(noteText);
        }
        for (ReviewComment c : relevantComments()) {
            if (f.ruleId().equals(c.ruleId())) {
                card.add(commentCard(c, false));
            }
        }
        if (f.suggestion() != null && spec != null) {
            var suggestion = new Paragraph(f.suggestion());
            suggestion.addClassName("pl-finding-suggestion");
            card.add(suggestion);
            if (!readOnly) {
                card.add(fixButton(f, spec));
            }
        }
        return card;
    }

    private com.vaadin.flow.component.Component fixButton(Finding f, FieldSpec spec) {
        String suggestion = f.suggestion() == null ? "" : f.suggestion();
        String label = f.start() == f.end() ? "Insert suggested text" : "Replace with suggested text";
        FieldEditor editor = fields.get(spec.field());
        if (spec.html()) {
            Optional<String> fixed = HtmlFix.apply(editor.item(f.partIndex()), f.start(), f.end(), suggestion);
            if (fixed.isEmpty()) {
                var copy = new Button("Copy suggestion", e -> {
                    e.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                            suggestion);
                    Notifications.success("Suggestion copied: paste it where it belongs in the HTML.");
                });
                copy.addThemeVariants(ButtonVariant.SMALL);
                var why = new Span("This passage could not be located in the HTML markup, so it is not changed "
                        + "automatically.");
                why.addClassName("pl-muted");
                var box = new Div(why, copy);
                box.addClassName("pl-cr-copy-fix");
                return box;
            }
            var apply = new Button(label, e -> {
                editor.setItem(f.partIndex(), fixed.get());
                edited();
            });
            apply.addThemeVariants(ButtonVariant.SMALL);
            return apply;
        }
        var apply = new Button(label, e -> {
            String text = editor.item(f.partIndex());
            int start = Math.min(f.start(), text.length());
            int end = Math.min(f.end(), text.length());
            String replacement = start == end ? separator(text, start) + suggestion : suggestion;
            editor.setItem(f.partIndex(), text.substring(0, start) + replacement + text.substring(end));
            edited();
        });
        apply.addThemeVariants(ButtonVariant.SMALL);
        return apply;
    }

    private static String separator(String text, int at) {
        if (at == 0 || text.isBlank()) {
            return "";
        }
        char before = text.charAt(at - 1);
        return before == '\n' || before == ' ' ? "" : at >= text.length() ? "\n" : " ";
    }

    /** Shows the field's text again under it, each finding's span marked in its severity's colour. */
    private void renderHighlights(FieldSpec spec, CreativeContent content) {
        FieldEditor editor = fields.get(spec.field());
        List<String> items = content.items(spec.field());
        boolean any = false;
        for (int i = 0; i < items.size(); i++) {
            String text = partText(content, spec, i);
            int index = i;
            Div marked = Highlights.line(text, lastFindings.stream()
                    .filter(f -> f.part() == spec.field().part() && f.partIndex() == index)
                    .map(f -> new Highlights.Mark(f.start(), f.end(), f.severity().name().toLowerCase(Locale.ROOT),
                            f.ruleId() + ": " + f.message())).toList());
            if (marked == null) {
                continue;
            }
            any = true;
            if (spec.repeated()) {
                var label = new Span(editor.itemLabel(i) + ": ");
                label.addClassName("pl-muted");
                marked.addComponentAsFirst(label);
            }
            editor.highlight.add(marked);
        }
        editor.highlight.setVisible(any);
    }

    // ------------------------------------------------------------------ reviewer comments

    /** Comments on the current and the previous version, so "changes requested" feedback shows where it applies. */
    void showComments(List<ReviewComment> all, int versionNo) {
        this.comments = all;
        this.currentVersionNo = versionNo;
        check();
    }

    private List<ReviewComment> relevantComments() {
        return comments.stream().filter(c -> c.versionNo() >= currentVersionNo - 1).toList();
    }

    private void showComments() {
        fields.values().forEach(f -> {
            f.comments.removeAll();
            f.comments.setVisible(false);
        });
        commentsBox.removeAll();
        List<ReviewComment> relevant = relevantComments();
        List<ReviewComment> general = new ArrayList<>();
        for (ReviewComment c : relevant) {
            FieldEditor editor = c.field() == null ? null : fields.get(c.field());
            if (editor != null) {
                editor.comments.add(commentCard(c, true));
                editor.comments.setVisible(true);
            } else if (c.ruleId() == null || lastFindings.stream().noneMatch(f -> f.ruleId().equals(c.ruleId()))) {
                general.add(c);
            }
        }
        if (!general.isEmpty()) {
            commentsBox.add(new H4("Reviewer comments"));
            general.forEach(c -> commentsBox.add(commentCard(c, true)));
        }
    }

    private Div commentCard(ReviewComment c, boolean withPlace) {
        var who = new Span(c.author() + " on version " + c.versionNo()
                + (c.versionNo() == currentVersionNo ? " (this version)" : " (previous version)") + " · "
                + Formats.MINUTE.format(c.createdAt()));
        who.addClassName("pl-cr-comment-who");
        var card = new Div(who);
        card.addClassName("pl-cr-comment");
        if (withPlace && c.field() != null) {
            FieldEditor editor = fields.get(c.field());
            String place = editor == null ? c.field().label()
                    : editor.itemLabel(c.itemIndex() == null ? 0 : c.itemIndex());
            var where = new Span(place + (c.ruleId() != null ? " · " + c.ruleId() : ""));
            where.addClassName("pl-finding-part");
            card.add(where);
        }
        if (c.quote() != null && !c.quote().isBlank()) {
            var quote = new Paragraph("\u201c" + c.quote() + "\u201d");
            quote.addClassName("pl-finding-quote");
            card.add(quote);
        }
        card.add(new Paragraph(c.body()));
        return card;
    }
}
