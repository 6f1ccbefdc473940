package com.porchlight.segment.ui;

import com.porchlight.segment.rulebuilder.RuleBuilderContext;
import com.porchlight.segment.rulebuilder.RuleBuilderGroup;
import com.porchlight.base.ui.Formats;
import com.porchlight.base.ui.Notifications;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import com.porchlight.segment.SegmentCount;
import com.porchlight.segment.SegmentException;
import com.porchlight.segment.SegmentForm;
import com.porchlight.segment.SegmentMember;
import com.porchlight.segment.SegmentOption;
import com.porchlight.segment.SegmentService;
import com.porchlight.segment.SegmentVersion;
import com.porchlight.segment.rule.LeadAttribute;
import com.porchlight.segment.rule.RuleGroup;
import com.porchlight.segment.rule.RuleProblem;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One segment: name, description, owner and the rule builder, with the plain-English summary and a live count (split
 * by channel) that follow every edit, a sample of the matching leads, the version history and the per-channel exports.
 * {@code segments/new} starts a segment; {@code segments/7?version=2} shows an old version, read only, with a way to
 * restore it as the newest version. Compliance officers read everything and change nothing.
 */
@Route("segments/:id")
@RolesAllowed({Roles.ADMIN, Roles.CMO, Roles.MARKETER, Roles.COMPLIANCE})
@StyleSheet("segments.css")
class SegmentEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private static final String NO_MATCH = "No lead matches this rule.";

    private final SegmentService segments;
    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final ComboBox<SegmentOption> owner = new ComboBox<>("Owner");
    private final Div ruleArea = new Div();
    private final Paragraph summary = new Paragraph();
    private final Span total = new Span();
    private final Span reach = new Span();
    private final Span countState = new Span();
    private final Div result = new Div();
    private final Span saveState = new Span();
    private final Grid<SegmentMember> sample = new Grid<>();
    private final Grid<SegmentVersion> history = new Grid<>();
    private String title = "Segment";
    private @Nullable SegmentLiveCount live;
    private RuleBuilderGroup root;
    private RuleBuilderContext ctx;

    /** The segment on screen; null for a new one. */
    private @Nullable Long segmentId;
    /** The version shown (the current one, unless an old version was asked for). */
    private @Nullable SegmentVersion shown;
    /** The segment's current version when the screen loaded: saving is based on it. */
    private int basedOnVersion;
    private boolean readOnly;
    private boolean loading;
    private boolean dirty;
    /** Whether a segment is on screen (not a "not found" message). */
    private boolean built;

    SegmentEditorView(SegmentService segments) {
        this.segments = segments;
        addClassName("pl-page");
        addClassName("pl-segment-editor");
        ctx = new RuleBuilderContext(true, List.of(), List.of(), () -> { });
        root = new RuleBuilderGroup(ctx, RuleGroup.empty());

        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        name.addClassName("pl-seg-field-name");
        description.setMaxLength(1000);
        description.setMaxRows(3);
        description.addClassName("pl-seg-field-description");
        owner.setItemLabelGenerator(SegmentOption::name);
        owner.addClassName("pl-seg-field-owner");
        name.addValueChangeListener(e -> edited());
        description.addValueChangeListener(e -> edited());
        owner.addValueChangeListener(e -> edited());

        total.setId("segment-count");
        total.addClassName("pl-seg-count");
        reach.setId("segment-reach");
        reach.addClassName("pl-seg-reach");
        countState.setId("segment-count-state");
        countState.addClassName("pl-seg-count-state");
        summary.setId("segment-summary");
        summary.addClassName("pl-seg-summary");
        saveState.setId("segment-save-state");
        saveState.addClassName("pl-seg-save-state");
        configureSample();
        configureHistory();
    }

    static boolean mayEdit() {
        // A courtesy: the service checks the role itself.
        return CurrentUser.hasAnyRole(Roles.ADMIN, Roles.CMO, Roles.MARKETER);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (live == null) {
            // Attached again after leaving (the router enters a view before attaching it, so the first count
            // starts in beforeEnter).
            live = new SegmentLiveCount(segments, event.getUI(), new CountDisplay());
            if (built) {
                ruleChanged();
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.stop();
            live = null;
        }
        super.onDetach(event);
    }

    // ---- loading -------------------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (live == null) {
            live = new SegmentLiveCount(segments, event.getUI(), new CountDisplay());
        }
        live.stop();
        built = false;
        String raw = event.getRouteParameters().get("id").orElse("");
        if (raw.equals("new")) {
            if (!mayEdit()) {
                showMissing("Your role can read segments but not create them.");
                return;
            }
            segmentId = null;
            shown = null;
            basedOnVersion = 0;
            readOnly = false;
            title = "New segment";
            long me = CurrentUser.id().orElse(-1L);
            build(null, "", null, me, RuleGroup.empty());
            return;
        }
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            showMissing("There is no segment \"" + raw + "\".");
            return;
        }
        Integer versionNo = versionParameter(event.getLocation().getQueryParameters());
        SegmentVersion current = segments.get(id).orElse(null);
        if (current == null) {
            showMissing("This segment does not exist or was deleted.");
            return;
        }
        SegmentVersion version = versionNo == null ? current : segments.version(id, versionNo).orElse(null);
        if (version == null) {
            showMissing("Version " + versionNo + " of \"" + current.name() + "\" does not exist.");
            return;
        }
        segmentId = id;
        shown = version;
        basedOnVersion = current.versionNo();
        readOnly = !mayEdit() || !version.current();
        title = version.name() + (version.current() ? "" : " (version " + version.versionNo() + ")");
        build(version, version.name(), version.description(), version.ownerId(), version.rule());
    }

    private static @Nullable Integer versionParameter(QueryParameters query) {
        List<String> v = query.getParameters().get("version");
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v.getFirst().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void showMissing(String message) {
        segmentId = null;
        shown = null;
        title = "Segment not found";
        removeAll();
        var back = new RouterLink("← Segments", SegmentsView.class);
        back.addClassName("pl-back");
        add(back, new H2("Segment not found"), new Paragraph(message));
    }

    private void build(@Nullable SegmentVersion version, String nameValue, @Nullable String descriptionValue,
            long ownerId, RuleGroup rule) {
        loading = true;
        removeAll();
        ctx = new RuleBuilderContext(readOnly, segments.leadSources(), segments.loanOfficers(), this::ruleEdited);

        var back = new RouterLink("← Segments", SegmentsView.class);
        back.addClassName("pl-back");
        var heading = new H2(segmentId == null ? "New segment" : nameValue);
        var meta = new Span(version == null ? "Not saved yet" : "Version " + version.versionNo()
                + (version.current() ? "" : " of " + basedOnVersion) + " · saved "
                + Formats.MINUTE.format(version.savedAt()) + " by " + version.savedBy()
                + (version.restoredFrom() == null ? "" : " · restored from version " + version.restoredFrom()));
        meta.addClassName("pl-muted");
        meta.setId("segment-version");
        var titleBox = new Div(back, heading, meta);
        titleBox.addClassName("pl-seg-title");
        var header = new Div(titleBox, actions(version));
        header.addClassName("pl-seg-header");
        add(header);

        if (version != null && !version.current()) {
            add(oldVersionBanner(version));
        } else if (!mayEdit()) {
            var note = new Div(new Icon(VaadinIcon.EYE), new Span("Read only: your role can see segments, their "
                    + "counts and versions, but not change or export them."));
            note.addClassName("pl-seg-banner");
            add(note);
        }

        name.setValue(nameValue);
        description.setValue(descriptionValue == null ? "" : descriptionValue);
        List<SegmentOption> owners = new ArrayList<>(segments.possibleOwners());
        if (owners.stream().noneMatch(o -> o.id() == ownerId) && version != null) {
            owners.add(new SegmentOption(ownerId, version.ownerName() + " (can no longer own segments)"));
        }
        owner.setItems(owners);
        owner.setValue(owners.stream().filter(o -> o.id() == ownerId).findFirst().orElse(null));
        name.setReadOnly(readOnly);
        name.setRequiredIndicatorVisible(!readOnly);
        description.setReadOnly(readOnly);
        owner.setReadOnly(readOnly);
        clearFieldErrors();
        var details = new Div(name, owner, description);
        details.addClassName("pl-seg-details");

        root = new RuleBuilderGroup(ctx, rule);
        ruleArea.removeAll();
        ruleArea.add(root);
        ruleArea.addClassName("pl-seg-rule");

        var countLine = new Div(total, reach, countState);
        countLine.addClassName("pl-seg-count-line");
        result.removeAll();
        result.add(countLine, summary);
        result.addClassName("pl-seg-result");

        var sampleCard = new Div(new H3("Matching leads, newest first"), sample);
        sampleCard.addClassName("pl-seg-card");
        sampleCard.addClassName("pl-seg-sample");
        var lower = new Div(sampleCard);
        lower.addClassName("pl-seg-lower");
        if (segmentId != null) {
            history.setItems(segments.versions(segmentId));
            var historyCard = new Div(new H3("Versions"), history);
            historyCard.addClassName("pl-seg-card");
            historyCard.addClassName("pl-seg-history");
            lower.add(historyCard);
        }
        sample.setItems(List.of());
        add(details, result, ruleArea, lower);
        dirty = false;
        saveState.setText("");
        loading = false;
        built = true;
        ruleChanged();
    }

    private Component actions(@Nullable SegmentVersion version) {
        var bar = new Div();
        bar.addClassName("pl-seg-actions");
        if (!mayEdit()) {
            return bar;
        }
        if (version != null && !version.current()) {
            var restore = new Button("Restore as new version", new Icon(VaadinIcon.ROTATE_LEFT),
                    e -> restore(version.segmentId(), version.versionNo()));
            restore.addThemeVariants(ButtonVariant.PRIMARY);
            restore.setTooltipText("Saves this version's name, owner and rule as version " + (basedOnVersion + 1));
            bar.add(restore);
        } else {
            var save = new Button("Save", new Icon(VaadinIcon.CHECK), e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setTooltipText("Every save is a new version; older versions stay as they were");
            bar.add(saveState, save);
        }
        if (segmentId != null) {
            long id = segmentId;
            var duplicate = new Button("Duplicate", new Icon(VaadinIcon.COPY_O), e -> duplicate(id));
            duplicate.setTooltipText("A copy of the saved version, owned by you");
            bar.add(duplicate);
            if (version != null && version.current()) {
                var export = new Button("Export CSV…", new Icon(VaadinIcon.DOWNLOAD),
                        e -> new SegmentExportDialog(segments, id, version.name(), basedOnVersion, dirty).open());
                bar.add(export);
            }
        }
        return bar;
    }

    private Component oldVersionBanner(SegmentVersion version) {
        long id = version.segmentId();
        var text = new Span("You are looking at version " + version.versionNo() + " of " + basedOnVersion
                + ". It cannot be changed" + (mayEdit() ? "; restoring it saves it as version " + (basedOnVersion + 1)
                + "." : "."));
        var open = new RouterLink("Open the current version", SegmentEditorView.class,
                new com.vaadin.flow.router.RouteParameters("id", Long.toString(id)));
        var banner = new Div(new Icon(VaadinIcon.CLOCK), text, open);
        banner.addClassName("pl-seg-banner");
        return banner;
    }

    // ---- editing -------------------------------------------------------------------------------------------------

    private void edited() {
        if (!loading && !readOnly) {
            dirty = true;
            saveState.setText("Unsaved changes");
            saveState.removeClassName("pl-seg-error");
        }
    }

    private void ruleEdited() {
        edited();
        ruleChanged();
    }

    /** The rule as the builder now reads: problems next to their conditions, summary, and a new count. */
    private void ruleChanged() {
        RuleGroup rule = root.rule();
        root.clearAllProblems();
        List<RuleProblem> problems = rule.rules().isEmpty() ? List.of() : segments.problems(rule);
        showProblems(problems);
        summary.setText(segments.summary(rule));
        // A rule with gaps still reads as a sentence with gaps: shown, but muted until it is complete.
        summary.setClassName("pl-seg-incomplete", !problems.isEmpty());
        if (live == null) {
            return;
        }
        if (problems.isEmpty()) {
            live.request(rule);
        } else {
            live.stop();
            result.removeClassName("pl-seg-counting");
            total.setText("No count yet");
            reach.setText("");
            countState.setText(problems.size() == 1 ? "Fix the problem in the rule to see how many leads match."
                    : "Fix the " + problems.size() + " problems in the rule to see how many leads match.");
            sample.setEmptyStateText("Fix the rule to see the leads it matches.");
            sample.setItems(List.of());
        }
    }

    private void showProblems(List<RuleProblem> problems) {
        root.clearAllProblems();
        for (RuleProblem p : problems) {
            root.at(p.path()).addProblem(p.message());
        }
    }

    /** Starts the waiting live count at once (tests: no pause to wait for); completes once its result is queued. */
    CompletableFuture<?> countNow() {
        return live == null ? CompletableFuture.completedFuture(null) : live.startNow();
    }

    RuleBuilderGroup rootGroup() {
        return root;
    }

    private final class CountDisplay implements SegmentLiveCount.Display {
        @Override
        public void counting() {
            result.addClassName("pl-seg-counting");
            countState.setText("counting…");
        }

        @Override
        public void counted(RuleGroup rule, SegmentCount count) {
            result.removeClassName("pl-seg-counting");
            countState.setText("");
            total.setText(leads(count.total()));
            reach.setText(number(count.emailable()) + " emailable · " + number(count.smsOk()) + " SMS-able · "
                    + number(count.callable()) + " callable");
            sample.setEmptyStateText(NO_MATCH);
            sample.setItems(q -> segments.sample(rule, q.getOffset(), q.getLimit()).stream(),
                    q -> (int) Math.min(count.total(), Integer.MAX_VALUE));
        }

        @Override
        public void failed(String message) {
            result.removeClassName("pl-seg-counting");
            total.setText("No count");
            reach.setText("");
            countState.setText(message);
            sample.setEmptyStateText("No sample: the count did not finish.");
            sample.setItems(List.of());
        }
    }

    // ---- saving and versions -------------------------------------------------------------------------------------

    private void save() {
        clearFieldErrors();
        SegmentOption who = owner.getValue();
        var form = new SegmentForm(name.getValue(), description.getValue(), who == null ? -1 : who.id(),
                root.rule());
        SegmentVersion saved;
        try {
            saved = segmentId == null ? segments.create(form) : segments.save(segmentId, basedOnVersion, form);
        } catch (SegmentException e) {
            refused(e);
            return;
        }
        Notifications.success("Saved \u201c" + saved.name() + "\u201d as version " + saved.versionNo() + ".");
        if (segmentId == null) {
            UI.getCurrent().navigate("segments/" + saved.segmentId());
        } else {
            reload(saved);
        }
    }

    private void clearFieldErrors() {
        name.setInvalid(false);
        description.setInvalid(false);
        owner.setInvalid(false);
    }

    private void reload(SegmentVersion saved) {
        shown = saved;
        basedOnVersion = saved.versionNo();
        title = saved.name();
        build(saved, saved.name(), saved.description(), saved.ownerId(), saved.rule());
    }

    private void refused(SegmentException e) {
        Map<String, String> errors = e.fieldErrors();
        show(name, errors.get("name"));
        show(description, errors.get("description"));
        if (errors.get("owner") != null) {
            owner.setErrorMessage(errors.get("owner"));
            owner.setInvalid(true);
        }
        showProblems(e.ruleProblems());
        saveState.setText(e.getMessage());
        saveState.addClassName("pl-seg-error");
        if (errors.isEmpty() && e.ruleProblems().isEmpty()) {
            Notifications.error(e.getMessage());
        }
    }

    private static void show(TextField field, @Nullable String error) {
        if (error != null) {
            field.setErrorMessage(error);
            field.setInvalid(true);
        }
    }

    private static void show(TextArea field, @Nullable String error) {
        if (error != null) {
            field.setErrorMessage(error);
            field.setInvalid(true);
        }
    }

    private void restore(long id, int versionNo) {
        try {
            SegmentVersion restored = segments.restore(id, versionNo, basedOnVersion);
            Notifications.success("Version " + versionNo + " restored as version " + restored.versionNo() + ".");
            UI.getCurrent().navigate("segments/" + id);
        } catch (SegmentException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void duplicate(long id) {
        try {
            SegmentVersion copy = segments.duplicate(id);
            Notifications.success("Created \u201c" + copy.name() + "\u201d from the saved version.");
            UI.getCurrent().navigate("segments/" + copy.segmentId());
        } catch (SegmentException e) {
            Notifications.error(e.getMessage());
        }
    }

    // ---- grids ---------------------------------------------------------------------------------------------------

    private void configureSample() {
        sample.addComponentColumn(m -> {
            var link = new Anchor("leads/" + m.id(), m.name());
            link.addClassName("pl-seg-lead-link");
            return link;
        }).setHeader("Lead").setKey("name").setWidth("10rem").setFlexGrow(1);
        sample.addColumn(SegmentMember::state).setHeader("State").setKey("state").setWidth("4.5rem").setFlexGrow(0);
        sample.addColumn(m -> LeadAttribute.LOAN_PURPOSE.choiceLabel(m.loanPurpose())
                + (m.loanProgram() == null ? "" : " · " + LeadAttribute.LOAN_PROGRAM.choiceLabel(m.loanProgram())))
                .setHeader("Purpose · program").setKey("loan").setWidth("13rem").setFlexGrow(1);
        sample.addColumn(m -> m.creditBand() == null ? "" : band(m.creditBand())).setHeader("Credit")
                .setKey("credit").setWidth("6rem").setFlexGrow(0);
        sample.addColumn(m -> LeadAttribute.STAGE.choiceLabel(m.stage())).setHeader("Stage").setKey("stage")
                .setWidth("8rem").setFlexGrow(0);
        sample.addColumn(m -> rate(m.currentRate())).setHeader("Note rate").setKey("rate").setWidth("6rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        sample.addColumn(m -> DAY.format(m.receivedAt())).setHeader("Received").setKey("received")
                .setWidth("7rem").setFlexGrow(0);
        sample.addColumn(SegmentEditorView::reachOf).setHeader("Reach").setKey("reach").setWidth("10rem")
                .setFlexGrow(0).setTooltipGenerator(m -> "Emailable: " + yes(m.emailable()) + ", SMS: "
                        + yes(m.smsOk()) + ", calls: " + yes(m.callable()));
        sample.setPageSize(50);
        sample.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT);
        sample.addClassName("pl-grid");
        sample.setId("segment-sample");
        sample.setEmptyStateText(NO_MATCH);
    }

    private void configureHistory() {
        history.addComponentColumn(v -> {
            var link = new RouterLink("v" + v.versionNo(), SegmentEditorView.class,
                    new com.vaadin.flow.router.RouteParameters("id", Long.toString(v.segmentId())));
            if (!v.current()) {
                link.setQueryParameters(QueryParameters.of("version", Integer.toString(v.versionNo())));
            }
            link.getElement().setAttribute("title", v.current() ? "The current version"
                    : "Open version " + v.versionNo() + " (read only)");
            return link;
        }).setHeader("Version").setKey("version").setWidth("5rem").setFlexGrow(0);
        history.addColumn(v -> Formats.MINUTE.format(v.savedAt())).setHeader("Saved").setKey("saved")
                .setWidth("10.5rem").setFlexGrow(0);
        history.addColumn(SegmentVersion::savedBy).setHeader("By").setKey("by").setWidth("13rem").setFlexGrow(0)
                .setTooltipGenerator(SegmentVersion::savedBy);
        history.addColumn(v -> (v.current() ? "Current. " : "") + (v.restoredFrom() == null ? ""
                : "Restored from v" + v.restoredFrom() + ". ") + v.summary()).setHeader("Rule").setKey("summary")
                .setWidth("12rem").setFlexGrow(1).setTooltipGenerator(SegmentVersion::summary);
        history.setPartNameGenerator(v -> shown != null && v.versionNo() == shown.versionNo() ? "pl-seg-shown"
                : null);
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES);
        history.addClassName("pl-grid");
        history.setId("segment-versions");
    }

    // ---- words ---------------------------------------------------------------------------------------------------

    static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    /** "1 lead", "12,345 leads". */
    static String leads(long n) {
        return number(n) + (n == 1 ? " lead" : " leads");
    }

    private static String band(String name) {
        String label = LeadAttribute.CREDIT_BAND.choiceLabel(name);
        int paren = label.indexOf(" (");
        return paren < 0 ? label : label.substring(0, paren);
    }

    private static String rate(@Nullable BigDecimal rate) {
        return rate == null ? "" : rate.stripTrailingZeros().toPlainString() + " %";
    }

    private static String reachOf(SegmentMember m) {
        List<String> ways = new ArrayList<>();
        if (m.emailable()) {
            ways.add("Email");
        }
        if (m.smsOk()) {
            ways.add("SMS");
        }
        if (m.callable()) {
            ways.add("Call");
        }
        return ways.isEmpty() ? "—" : String.join(" · ", ways);
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
