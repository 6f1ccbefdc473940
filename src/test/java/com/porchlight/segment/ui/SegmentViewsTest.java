package com.porchlight.segment.ui;

import com.porchlight.segment.rulebuilder.RuleBuilderCondition;
import com.porchlight.segment.rulebuilder.RuleBuilderGroup;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.porchlight.KaribuTest;
import com.porchlight.base.ui.AccessDeniedView;
import com.porchlight.lead.AssignmentMode;
import com.porchlight.lead.LeadData;
import com.porchlight.lead.LeadExportKind;
import com.porchlight.lead.LeadSourceForm;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadValidator;
import com.porchlight.lead.LeadWriter;
import com.porchlight.lead.PricingModel;
import com.porchlight.lead.SourceChannel;
import com.porchlight.segment.SegmentForm;
import com.porchlight.segment.SegmentMember;
import com.porchlight.segment.SegmentService;
import com.porchlight.segment.SegmentVersion;
import com.porchlight.segment.rule.Combinator;
import com.porchlight.segment.rule.FieldCondition;
import com.porchlight.segment.rule.LeadAttribute;
import com.porchlight.segment.rule.Operator;
import com.porchlight.segment.rule.RuleGroup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The segment list and the rule builder, used the way marketers, compliance officers and loan officers meet them. */
class SegmentViewsTest extends KaribuTest {

    @Autowired
    SegmentService segments;
    @Autowired
    LeadSourceService sources;
    @Autowired
    LeadWriter writer;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static SegmentEditorView editor() {
        return (SegmentEditorView) UI.getCurrent().getCurrentView();
    }

    /** Lets the pending live count run now, waits for its result and applies what it pushed to the screen. */
    private static void awaitCount() throws Exception {
        editor().countNow().get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
    }

    private static String count() {
        return _get(Span.class, spec -> spec.withId("segment-count")).getText();
    }

    private static String reach() {
        return _get(Span.class, spec -> spec.withId("segment-reach")).getText();
    }

    private static String countState() {
        return _get(Span.class, spec -> spec.withId("segment-count-state")).getText();
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("segment-summary")).getText();
    }

    private static String leads(long n) {
        return String.format("%,d", n) + (n == 1 ? " lead" : " leads");
    }

    private static String notifications() {
        return String.join(" ", NotificationsKt.getNotifications().stream().map(SegmentViewsTest::text).toList());
    }

    private static String text(Notification n) {
        List<Div> divs = _find(n, Div.class, spec -> spec.withClasses("pl-notification-text"));
        return divs.isEmpty() ? n.getElement().getProperty("text", "") : divs.getFirst().getText();
    }

    private static boolean aria(Component c, String label) {
        return c instanceof HasAriaLabel a && a.getAriaLabel().filter(label::equals).isPresent();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Component> T labelled(Component in, Class<? extends Component> type, String label) {
        return (T) _get(in, type, spec -> spec.withPredicate(c -> aria(c, label)));
    }

    /** "+ Condition" in the group, then the field chosen in the new condition's first menu. */
    @SuppressWarnings("unchecked")
    private static RuleBuilderCondition addCondition(RuleBuilderGroup group, LeadAttribute field) {
        _click(_find(group, Button.class, spec -> spec.withText("Condition")).getFirst());
        var node = (RuleBuilderCondition) group.nodes().getLast();
        Select<RuleBuilderCondition.Subject> subject = labelled(node, Select.class, "Condition on");
        _setValue(subject, RuleBuilderCondition.subjectOf(field));
        return node;
    }

    /** "+ Group" in the group: the new group starts with one (State) condition, replaced here by the field's. */
    @SuppressWarnings("unchecked")
    private static RuleBuilderGroup addGroup(RuleBuilderGroup group, Combinator combinator) {
        _click(_find(group, Button.class, spec -> spec.withText("Group")).getFirst());
        var inner = (RuleBuilderGroup) group.nodes().getLast();
        _setValue((Select<Combinator>) labelled(inner, Select.class, "How the conditions of this group combine"),
                combinator);
        return inner;
    }

    @SuppressWarnings("unchecked")
    private static void choose(RuleBuilderCondition node, String... values) {
        MultiSelectComboBox<LeadAttribute.Choice> box = _get(node, MultiSelectComboBox.class);
        Set<String> wanted = Set.of(values);
        _setValue(box, box.getListDataView().getItems().filter(c -> wanted.contains(c.value()))
                .collect(Collectors.toSet()));
    }

    @SuppressWarnings("unchecked")
    private static void operator(RuleBuilderCondition node, LeadAttribute field, Operator op) {
        _setValue((Select<Operator>) labelled(node, Select.class, field.label() + " comparison"), op);
    }

    private static String problemsOf(Component node) {
        return _find(node, Div.class, spec -> spec.withClasses("pl-seg-problem")).stream()
                .map(d -> d.getElement().getTextRecursively()).collect(Collectors.joining(" | "));
    }

    private long userId(String email) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, email);
    }

    private int currentVersion(long segmentId) {
        return jdbc.queryForObject("SELECT current_version FROM segment WHERE id = ?", Integer.class, segmentId);
    }

    private static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    /** A segment saved through the service as the signed-in user (version 1). */
    private SegmentVersion saved(String name, RuleGroup rule) {
        return segments.create(new SegmentForm(name, "Made by a test", userId(MARKETER), rule));
    }

    private static RuleGroup inState(String state) {
        return RuleGroup.all(FieldCondition.of(LeadAttribute.STATE, Operator.IS_ANY_OF, state));
    }

    private long newSource() {
        authenticateAs(ADMIN);
        long id = sources.create(new LeadSourceForm("Segment test " + System.nanoTime(), SourceChannel.SEARCH,
                PricingModel.PER_LEAD, new BigDecimal("20"), true, true, AssignmentMode.MANUAL)).id();
        logout();
        return id;
    }

    private List<Long> writeLeads(long sourceId, List<Map<String, String>> leads) {
        var validator = new LeadValidator(clock);
        List<LeadData> data = new ArrayList<>();
        for (Map<String, String> in : leads) {
            var result = validator.validate(in);
            assertThat(result.errors()).as("test lead %s", in).isEmpty();
            data.add(result.lead());
        }
        var from = new LeadWriter.Provenance(sourceId, AssignmentMode.MANUAL, "test", "Test web form", null);
        return tx.execute(s -> writer.write(from, data)).stream().map(LeadWriter.Written::id).toList();
    }

    private static Map<String, String> lead(String first, String last, boolean emailConsent) {
        Map<String, String> in = new HashMap<>();
        in.put("firstName", first);
        in.put("lastName", last);
        in.put("email", first.toLowerCase() + "." + System.nanoTime() + "@example.com");
        in.put("state", "OR");
        in.put("loanPurpose", "REFINANCE");
        if (emailConsent) {
            in.put("consent.email", "true");
        }
        return in;
    }

    private static byte[] download(Anchor anchor) throws Exception {
        var resource = (StreamResourceRegistry.ElementStreamResource) VaadinSession.getCurrent()
                .getResourceRegistry().getResource(URI.create(anchor.getHref())).orElseThrow();
        var handler = (DownloadHandler) resource.getElementRequestHandler();
        var fake = new FakeResponse();
        var response = new VaadinServletResponse(fake, (VaadinServletService) VaadinService.getCurrent());
        handler.handleDownloadRequest(new DownloadEvent(VaadinRequest.getCurrent(), response,
                VaadinSession.getCurrent(), anchor.getElement()));
        return fake.getBuffer().toByteArray();
    }

    // ---- building ------------------------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void a_state_condition_changes_the_count_the_channels_the_summary_and_the_sample() throws Exception {
        login(MARKETER);
        UI.getCurrent().navigate("segments/new");
        assertThat(summary()).isEqualTo("All leads");
        awaitCount();
        long all = jdbc.queryForObject("SELECT COUNT(*) FROM leads", Long.class);
        assertThat(count()).as("an empty rule counts every lead").isEqualTo(leads(all));

        RuleBuilderCondition state = addCondition(editor().rootGroup(), LeadAttribute.STATE);
        assertThat(problemsOf(state)).isEqualTo("State: choose at least one value.");
        assertThat(countState()).contains("Fix the problem in the rule");

        choose(state, "CA", "TX");
        assertThat(problemsOf(state)).isEmpty();
        assertThat(summary()).isEqualTo("Leads in CA or TX");
        assertThat(countState()).isEqualTo("counting…");
        awaitCount();
        Map<String, Object> expected = jdbc.queryForMap("SELECT COUNT(*) n, SUM(emailable) e, SUM(sms_ok) s, "
                + "SUM(callable) c FROM leads WHERE state IN ('CA', 'TX')");
        long n = ((Number) expected.get("n")).longValue();
        assertThat(n).isLessThan(all);
        assertThat(count()).isEqualTo(leads(n));
        assertThat(reach()).isEqualTo(String.format("%,d emailable · %,d SMS-able · %,d callable",
                ((Number) expected.get("e")).longValue(), ((Number) expected.get("s")).longValue(),
                ((Number) expected.get("c")).longValue()));
        assertThat(countState()).isEmpty();

        Grid<SegmentMember> sample = _get(Grid.class, spec -> spec.withId("segment-sample"));
        assertThat(GridKt._size(sample)).isEqualTo((int) n);
        SegmentMember first = GridKt._get(sample, 0);
        assertThat(first.state()).isIn("CA", "TX");
        assertThat(((Anchor) GridKt._getCellComponent(sample, 0, "name")).getHref())
                .isEqualTo("leads/" + first.id());

        RuleBuilderCondition emailable = addCondition(editor().rootGroup(), LeadAttribute.EMAILABLE);
        assertThat(problemsOf(emailable)).isEmpty();
        assertThat(summary()).isEqualTo("Leads in CA or TX, emailable");
        awaitCount();
        assertThat(count()).isEqualTo(leads(((Number) expected.get("e")).longValue()));
    }

    @Test
    void groups_nest_four_levels_deep_move_and_read_as_one_sentence() throws Exception {
        login(MARKETER);
        UI.getCurrent().navigate("segments/new");
        RuleBuilderGroup root = editor().rootGroup();
        choose(addCondition(root, LeadAttribute.STATE), "CA");
        RuleBuilderGroup any = addGroup(root, Combinator.ANY);
        RuleBuilderCondition purpose = (RuleBuilderCondition) any.nodes().getFirst();
        _setValue(labelled(purpose, Select.class, "Condition on"),
                RuleBuilderCondition.subjectOf(LeadAttribute.LOAN_PURPOSE));
        choose(purpose, "REFINANCE");
        RuleBuilderGroup all = addGroup(any, Combinator.ALL);
        RuleBuilderCondition score = (RuleBuilderCondition) all.nodes().getFirst();
        _setValue(labelled(score, Select.class, "Condition on"),
                RuleBuilderCondition.subjectOf(LeadAttribute.CREDIT_SCORE));
        _setValue(labelled(score, BigDecimalField.class, "Credit score value"), new BigDecimal("740"));
        RuleBuilderGroup none = addGroup(all, Combinator.NONE);
        RuleBuilderCondition veteran = (RuleBuilderCondition) none.nodes().getFirst();
        _setValue(labelled(veteran, Select.class, "Condition on"),
                RuleBuilderCondition.subjectOf(LeadAttribute.VETERAN));

        assertThat(none.depth()).isEqualTo(4);
        assertThat(_find(none, Button.class, spec -> spec.withText("Group")))
                .as("the fourth level is the deepest the validator accepts").isEmpty();
        RuleGroup expected = RuleGroup.all(FieldCondition.of(LeadAttribute.STATE, Operator.IS_ANY_OF, "CA"),
                RuleGroup.any(FieldCondition.of(LeadAttribute.LOAN_PURPOSE, Operator.IS_ANY_OF, "REFINANCE"),
                        RuleGroup.all(FieldCondition.of(LeadAttribute.CREDIT_SCORE, Operator.AT_LEAST, "740"),
                                RuleGroup.none(FieldCondition.of(LeadAttribute.VETERAN, Operator.IS, "true")))));
        assertThat(root.rule()).isEqualTo(expected);
        assertThat(summary()).isEqualTo("Leads in CA, either for Refinance or (credit score at least 740 and "
                + "not veterans)");
        awaitCount();
        assertThat(count()).isEqualTo(leads(segments.count(expected).total()));

        // Moving the group above the state condition changes the order, not the meaning.
        // The group's own buttons sit in its head line, before those of its children.
        _click(_find(any, Button.class, spec -> spec.withPredicate(b -> aria(b, "Move up"))).getFirst());
        assertThat(root.rule().rules().getFirst()).isInstanceOf(RuleGroup.class);
        assertThat(summary()).startsWith("Leads either for Refinance");
    }

    // ---- saving, versions, restoring -----------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void saving_makes_version_1_then_2_and_restoring_version_1_makes_version_3_with_the_old_rule() throws Exception {
        login(MARKETER);
        UI.getCurrent().navigate("segments/new");
        String name = unique("Refi in California");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        choose(addCondition(editor().rootGroup(), LeadAttribute.STATE), "CA");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        long id = jdbc.queryForObject("SELECT id FROM segment WHERE name = ?", Long.class, name);
        assertThat(currentVersion(id)).isEqualTo(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("segments/" + id);
        assertThat(_get(Span.class, spec -> spec.withId("segment-version")).getText()).startsWith("Version 1 ·");
        assertThat(jdbc.queryForObject("SELECT owner_id FROM segment WHERE id = ?", Long.class, id))
                .as("the owner defaults to the person creating it").isEqualTo(userId(MARKETER));
        RuleGroup version1 = segments.get(id).orElseThrow().rule();

        addCondition(editor().rootGroup(), LeadAttribute.SMS_OK);
        assertThat(_get(Span.class, spec -> spec.withId("segment-save-state")).getText()).isEqualTo("Unsaved changes");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(currentVersion(id)).isEqualTo(2);
        assertThat(segments.get(id).orElseThrow().summary()).isEqualTo("Leads in CA, SMS-able");
        Grid<SegmentVersion> history = _get(Grid.class, spec -> spec.withId("segment-versions"));
        assertThat(GridKt._size(history)).isEqualTo(2);

        UI.getCurrent().navigate("segments/" + id, QueryParameters.of("version", "1"));
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).as("an old version is read only").isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).isReadOnly()).isTrue();
        assertThat(_find(editor().rootGroup(), Button.class, spec -> spec.withText("Condition"))).isEmpty();
        assertThat(summary()).isEqualTo("Leads in CA");
        awaitCount();
        assertThat(count()).as("an old version is still counted").endsWith(" leads");
        _click(_get(Button.class, spec -> spec.withText("Restore as new version")));

        SegmentVersion current = segments.get(id).orElseThrow();
        assertThat(current.versionNo()).isEqualTo(3);
        assertThat(current.restoredFrom()).isEqualTo(1);
        assertThat(current.rule()).isEqualTo(version1);
        assertThat(editor().rootGroup().rule()).isEqualTo(version1);
        assertThat(_get(Span.class, spec -> spec.withId("segment-version")).getText())
                .startsWith("Version 3 ·").endsWith("restored from version 1");
        history = _get(Grid.class, spec -> spec.withId("segment-versions"));
        assertThat(GridKt._size(history)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(history, 0)).anyMatch(cell -> cell.contains("Restored from v1."));
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).hasSize(1);
    }

    @Test
    void an_invalid_rule_shows_each_message_next_to_its_condition_and_saves_nothing() throws Exception {
        login(MARKETER);
        SegmentVersion v1 = saved(unique("High scores"), inState("NV"));
        UI.getCurrent().navigate("segments/" + v1.segmentId());
        RuleBuilderGroup root = editor().rootGroup();

        RuleBuilderCondition score = addCondition(root, LeadAttribute.CREDIT_SCORE);
        operator(score, LeadAttribute.CREDIT_SCORE, Operator.BETWEEN);
        _setValue(labelled(score, BigDecimalField.class, "Credit score from"), new BigDecimal("750"));
        _setValue(labelled(score, BigDecimalField.class, "Credit score to"), new BigDecimal("650"));
        assertThat(problemsOf(score)).isEqualTo("Credit score: the minimum (750) is above the maximum (650).");

        RuleBuilderGroup group = addGroup(root, Combinator.ANY);
        _click(_get(group.nodes().getFirst(), Button.class, spec -> spec.withPredicate(b -> aria(b, "Remove"))));
        assertThat(group.nodes()).isEmpty();
        assertThat(problemsOf(group)).isEqualTo("This group is empty: add a condition or remove the group.");
        assertThat(count()).isEqualTo("No count yet");
        assertThat(countState()).isEqualTo("Fix the 2 problems in the rule to see how many leads match.");

        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(currentVersion(v1.segmentId())).as("nothing was saved").isEqualTo(1);
        assertThat(segments.get(v1.segmentId()).orElseThrow().rule()).isEqualTo(inState("NV"));
        assertThat(_get(Span.class, spec -> spec.withId("segment-save-state")).getText())
                .startsWith("Not saved: Credit score: the minimum (750) is above the maximum (650).");
        assertThat(problemsOf(score)).as("the edits are still there").contains("minimum (750)");
    }

    @Test
    void a_segment_without_a_name_or_with_a_taken_name_is_not_saved_and_the_name_field_says_why() {
        login(MARKETER);
        String taken = unique("Taken");
        saved(taken, inState("MT"));
        UI.getCurrent().navigate("segments/new");
        choose(addCondition(editor().rootGroup(), LeadAttribute.STATE), "MT");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM segment", Long.class);

        _click(_get(Button.class, spec -> spec.withText("Save")));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the segment a name.");

        _setValue(name, taken);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Another segment is already called \"" + taken + "\".");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM segment", Long.class)).isEqualTo(before);
        assertThat(editor().rootGroup().rule().rules()).as("the rule is still on screen").hasSize(1);
    }

    @Test
    void a_newer_edit_cancels_the_older_count_and_only_the_newer_result_reaches_the_screen() throws Exception {
        login(MARKETER);
        List<RuleGroup> counted = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        var live = new SegmentLiveCount(segments, UI.getCurrent(), new SegmentLiveCount.Display() {
            @Override
            public void counting() {
            }

            @Override
            public void counted(RuleGroup rule, com.porchlight.segment.SegmentCount count) {
                counted.add(rule);
            }

            @Override
            public void failed(String message) {
                failures.add(message);
            }
        });
        live.request(inState("CA"));
        var older = live.startNow();
        live.request(inState("TX"));
        var newer = live.startNow();
        older.get(60, TimeUnit.SECONDS);
        newer.get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();

        assertThat(counted).containsExactly(inState("TX"));
        assertThat(failures).isEmpty();
    }

    @Test
    void a_save_based_on_an_outdated_version_is_refused_and_keeps_the_edits() throws Exception {
        login(MARKETER);
        SegmentVersion v1 = saved(unique("Stale"), inState("WA"));
        UI.getCurrent().navigate("segments/" + v1.segmentId());
        String edited = unique("Stale, renamed");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), edited);
        addCondition(editor().rootGroup(), LeadAttribute.CALLABLE);

        // Someone else saves version 2 meanwhile.
        segments.save(v1.segmentId(), 1, new SegmentForm(v1.name(), null, v1.ownerId(), inState("OR")));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(notifications())
                .contains("Someone saved version 2 of this segment while you were editing version 1");
        assertThat(currentVersion(v1.segmentId())).isEqualTo(2);
        assertThat(segments.get(v1.segmentId()).orElseThrow().rule()).isEqualTo(inState("OR"));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo(edited);
        assertThat(editor().rootGroup().rule().rules()).hasSize(2);
    }

    @Test
    void a_condition_an_older_version_saved_and_this_one_cannot_read_is_shown_and_must_be_removed() throws Exception {
        login(MARKETER);
        SegmentVersion v1 = saved(unique("Old format"), inState("AZ"));
        jdbc.update("UPDATE segment_version SET rule_json = ? WHERE segment_id = ? AND version_no = 1",
                "{\"format\":1,\"rule\":{\"type\":\"group\",\"combinator\":\"ALL\",\"rules\":["
                        + "{\"type\":\"field\",\"field\":\"state\",\"operator\":\"IS_ANY_OF\",\"values\":[\"AZ\"]},"
                        + "{\"type\":\"field\",\"field\":\"favouriteColour\",\"operator\":\"IS\",\"values\":[\"blue\"]}"
                        + "]}}", v1.segmentId());
        UI.getCurrent().navigate("segments/" + v1.segmentId());
        RuleBuilderGroup root = editor().rootGroup();
        RuleBuilderCondition unknown = (RuleBuilderCondition) root.nodes().get(1);
        assertThat(unknown.getElement().getTextRecursively())
                .contains("the field \"favouriteColour\" no longer exists");
        assertThat(problemsOf(unknown)).contains("Remove it or replace it before saving.");

        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(currentVersion(v1.segmentId())).isEqualTo(1);

        _click(_get(unknown, Button.class, spec -> spec.withPredicate(b -> aria(b, "Remove"))));
        awaitCount();
        assertThat(count()).endsWith("leads");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(currentVersion(v1.segmentId())).isEqualTo(2);
    }

    // ---- roles ---------------------------------------------------------------------------------------------------

    @Test
    void a_compliance_officer_reads_segments_and_their_counts_but_cannot_change_or_export_them() throws Exception {
        login(MARKETER);
        SegmentVersion v1 = saved(unique("Read only"), inState("CO"));
        logout();
        login(COMPLIANCE);
        UI.getCurrent().navigate("segments/" + v1.segmentId());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SegmentEditorView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Export CSV…"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Duplicate"))).isEmpty();
        assertThat(_find(editor().rootGroup(), Button.class)).as("no add, move or remove buttons").isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).isReadOnly()).isTrue();
        assertThat(((HasValue<?, ?>) _get(editor().rootGroup(), MultiSelectComboBox.class)).isReadOnly()).isTrue();
        assertThat(summary()).isEqualTo("Leads in CO");
        awaitCount();
        assertThat(count()).endsWith("leads");

        UI.getCurrent().navigate("segments");
        assertThat(_find(Button.class, spec -> spec.withText("New segment"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Delete"))).isEmpty();
        UI.getCurrent().navigate("segments/new");
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively())
                .contains("Your role can read segments but not create them.");
    }

    @Test
    void a_loan_officer_cannot_open_segments() {
        login(LOAN_OFFICER);
        UI.getCurrent().navigate("segments");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        UI.getCurrent().navigate("segments/new");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void a_marketer_finds_the_segment_builder_from_the_home_page() {
        login(MARKETER);
        assertThat(_find(Anchor.class, spec -> spec.withText("Build lead segments, including the rate trigger")))
                .extracting(Anchor::getHref).containsExactly("segments");
    }

    // ---- the list ------------------------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void a_segment_in_use_cannot_be_deleted_and_the_refusal_says_where_it_is_used() {
        login(MARKETER);
        String name = unique("In use");
        SegmentVersion v1 = saved(name, inState("UT"));
        segments.markUsed(v1.segmentId(), "Campaign", 42, "Spring refi push");
        UI.getCurrent().navigate("segments");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(SegmentsView.SEARCH_HINT)), name);
        Grid<Object> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Leads in UT", "v1");

        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withText("Delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(notifications()).contains("\"" + name + "\" cannot be deleted: it is used by Campaign \"Spring "
                + "refi push\". Remove it there first.");
        assertThat(segments.get(v1.segmentId())).isPresent();

        segments.release(v1.segmentId(), "Campaign", 42);
        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withText("Delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(segments.get(v1.segmentId())).isEmpty();
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void duplicating_from_the_list_opens_a_copy_owned_by_the_marketer() {
        login(CMO);
        String name = unique("Original");
        SegmentVersion v1 = segments.create(new SegmentForm(name, null, userId(CMO), inState("ID")));
        logout();
        login(MARKETER);
        UI.getCurrent().navigate("segments");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(SegmentsView.SEARCH_HINT)), name);
        Grid<Object> grid = _get(Grid.class);
        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withText("Duplicate")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SegmentEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("Copy of " + name);
        assertThat(editor().rootGroup().rule()).isEqualTo(v1.rule());
        long copy = jdbc.queryForObject("SELECT id FROM segment WHERE name = ?", Long.class, "Copy of " + name);
        assertThat(jdbc.queryForObject("SELECT owner_id FROM segment WHERE id = ?", Long.class, copy))
                .isEqualTo(userId(MARKETER));
    }

    // ---- export --------------------------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void the_email_list_holds_only_the_members_who_may_be_emailed() throws Exception {
        long source = newSource();
        String mailable = "mailable." + System.nanoTime() + "@example.com";
        String silent = "silent." + System.nanoTime() + "@example.com";
        Map<String, String> yes = lead("Mae", "Mailable", true);
        yes.put("email", mailable);
        Map<String, String> no = lead("Sid", "Silent", false);
        no.put("email", silent);
        writeLeads(source, List.of(yes, no));
        login(MARKETER);
        SegmentVersion v1 = saved(unique("Export"), RuleGroup.all(FieldCondition.of(LeadAttribute.SOURCE,
                Operator.IS_ANY_OF, Long.toString(source))));
        UI.getCurrent().navigate("segments/" + v1.segmentId());
        awaitCount();
        assertThat(count()).isEqualTo("2 leads");
        assertThat(reach()).startsWith("1 emailable ·");

        _click(_get(Button.class, spec -> spec.withText("Export CSV…")));
        RadioButtonGroup<LeadExportKind> list = _get(RadioButtonGroup.class, spec -> spec.withLabel("List"));
        assertThat(list.getItemLabelGenerator().apply(LeadExportKind.EMAIL_LIST)).startsWith("Email list — 1 lead (");
        assertThat(list.getItemLabelGenerator().apply(LeadExportKind.ALL_FIELDS))
                .startsWith("All fields (no channel) — 2 leads (");
        _setValue(list, LeadExportKind.EMAIL_LIST);
        String csv = new String(download(_get(Anchor.class, spec -> spec.withPredicate(a -> a.getHref() != null
                && !a.getHref().isEmpty() && _find(a, Button.class, s -> s.withText("Download CSV")).size() == 1))),
                StandardCharsets.UTF_8);

        assertThat(csv).contains(mailable).doesNotContain(silent);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_export WHERE segment_id = ? "
                + "AND segment_version = 1", Integer.class, v1.segmentId())).isEqualTo(1);
    }
}
