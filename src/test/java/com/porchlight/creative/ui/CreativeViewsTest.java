package com.porchlight.creative.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.porchlight.KaribuTest;
import com.porchlight.base.ui.AccessDeniedView;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.creative.CreativeContent;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeField;
import com.porchlight.creative.CreativeFilter;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.CreativeStatus;
import com.porchlight.creative.CreativeSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The creatives list, the editor and the preview, used the way marketers, compliance officers and loan officers meet them. */
class CreativeViewsTest extends KaribuTest {

    static final String FOOTER = com.porchlight.creative.CreativeFixtures.FOOTER;

    @Autowired
    CreativeService creatives;

    private static CreativeView view() {
        return (CreativeView) UI.getCurrent().getCurrentView();
    }

    private static String notifications() {
        return String.join(" ", NotificationsKt.getNotifications().stream().map(CreativeViewsTest::text).toList());
    }

    private static String text(Notification n) {
        List<Div> divs = _find(n, Div.class, spec -> spec.withClasses("pl-notification-text"));
        return divs.isEmpty() ? n.getElement().getProperty("text", "") : divs.getFirst().getText();
    }

    private static void clearNotifications() {
        NotificationsKt.clearNotifications();
    }

    @SuppressWarnings("unchecked")
    private static Grid<CreativeSummary> grid() {
        return _get(Grid.class);
    }

    private static List<CreativeSummary> rows() {
        Grid<CreativeSummary> g = grid();
        return java.util.stream.IntStream.range(0, GridKt._size(g)).mapToObj(i -> GridKt._get(g, i)).toList();
    }

    private long createAs(String email, String name, CreativeContent content) {
        authenticateAs(email);
        CreativeDetail created = creatives.create(name, content.channel());
        creatives.saveDraft(created.id(), created.summary().version(), content);
        logout();
        return created.id();
    }

    private void open(long id) {
        UI.getCurrent().navigate("creatives/" + id);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CreativeView.class);
    }

    private static TextArea area(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    private static String counterUnder(Component input) {
        return _get((Component) input.getParent().orElseThrow().getParent().orElseThrow(), Span.class,
                spec -> spec.withClasses("pl-cr-counter")).getText();
    }

    // ------------------------------------------------------------------ the list

    @Test
    void the_list_shows_the_demo_creatives_and_filters_by_channel_status_text_and_mine() {
        login(MARKETER);
        UI.getCurrent().navigate("creatives");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CreativesView.class);
        List<CreativeSummary> all = rows();
        assertThat(all).extracting(CreativeSummary::status).contains(CreativeStatus.DRAFT, CreativeStatus.SUBMITTED,
                CreativeStatus.IN_REVIEW, CreativeStatus.CHANGES_REQUESTED, CreativeStatus.COMPLIANCE_APPROVED,
                CreativeStatus.APPROVED, CreativeStatus.LIVE, CreativeStatus.RETIRED);
        assertThat(all).anyMatch(CreativeSummary::stale);

        _setValue(((CreativesView) UI.getCurrent().getCurrentView()).channel, Channel.SMS);
        assertThat(rows()).isNotEmpty().allMatch(s -> s.channel() == Channel.SMS);
        _setValue(((CreativesView) UI.getCurrent().getCurrentView()).channel, null);

        var status = ((CreativesView) UI.getCurrent().getCurrentView()).status;
        _setValue(status, Set.of(CreativeStatus.LIVE));
        assertThat(rows()).isNotEmpty().allMatch(s -> s.status() == CreativeStatus.LIVE);
        _setValue(status, Set.of());

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(CreativesView.SEARCH_HINT)), "jumbo");
        assertThat(rows()).isNotEmpty().allMatch(s -> s.name().toLowerCase().contains("jumbo"));
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(CreativesView.SEARCH_HINT)), "");

        String other = createUser("mkt", "Other Marketer", "other-marketer-pw-1", "MARKETER");
        long theirs = createAs(other, "Someone else's text", CreativeContent.empty(Channel.SMS));
        login(MARKETER);
        UI.getCurrent().navigate("creatives");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Only mine")), true);
        assertThat(rows()).isNotEmpty().allMatch(s -> s.owner().equals(MARKETER))
                .noneMatch(s -> s.id() == theirs);
    }

    @Test
    void a_marketer_creates_a_text_edits_it_and_each_save_is_a_new_version() {
        login(MARKETER);
        UI.getCurrent().navigate("creatives");
        click("New creative");
        _setValue(field("Name"), "Open house reminder text");
        _setValue(_get(Select.class, spec -> spec.withLabel("Channel")), Channel.SMS);
        click("Create and edit");
        CreativeDetail created = view().detail();
        assertThat(created.summary().name()).isEqualTo("Open house reminder text");
        assertThat(created.current().versionNo()).isEqualTo(1);

        _setValue(area("Message"), "Harbor Light Home Loans: open house Saturday 10-2. NMLS #1002003. "
                + "Reply STOP to opt out.");
        click("Save");
        assertThat(notifications()).contains("Saved as version 2");
        assertThat(view().detail().current().versionNo()).isEqualTo(2);
        authenticateAs(MARKETER);
        assertThat(creatives.get(created.id()).current().content().text(CreativeField.SMS_TEXT))
                .startsWith("Harbor Light Home Loans: open house Saturday");
        login(MARKETER);
        open(created.id());
        clearNotifications();
        click("Save");
        assertThat(notifications()).contains("No changes: version 2 is unchanged.");
    }

    @Test
    void submitting_an_incomplete_email_lists_every_problem() {
        long id = createAs(MARKETER, "Half-written email", CreativeContent.empty(Channel.EMAIL)
                .with(CreativeField.SUBJECT, "Advertisement: spring open houses"));
        login(MARKETER);
        open(id);
        click("Submit for review");
        assertThat(view().shownProblems()).contains("Sender name is required.", "Body is required.",
                "Footer is required.");
        assertThat(_get(Div.class, spec -> spec.withClasses("pl-cr-submit-problems")).isVisible()).isTrue();
        authenticateAs(MARKETER);
        assertThat(creatives.get(id).status()).isEqualTo(CreativeStatus.DRAFT);
    }

    @Test
    void the_sms_editor_counts_characters_and_segments_as_the_author_types() {
        long id = createAs(MARKETER, "Counter text", CreativeContent.empty(Channel.SMS));
        login(MARKETER);
        open(id);
        TextArea message = area("Message");
        _setValue(message, "a".repeat(214));
        assertThat(counterUnder(message)).isEqualTo("2 segments, 214 characters");
        _setValue(message, "We\u2019re open Saturday");
        assertThat(counterUnder(message)).startsWith("1 segment, 19 characters (Unicode");
    }

    @Test
    void search_ad_headlines_turn_red_over_30_characters_and_stop_at_15() {
        long id = createAs(MARKETER, "Limits ad", CreativeContent.empty(Channel.SEARCH_AD));
        login(MARKETER);
        open(id);
        TextField first = field("Headline 1");
        _setValue(first, "Harbor Light Home Loans Sacrame");
        assertThat(counterUnder(first)).isEqualTo("31 / 30");
        assertThat(first.isInvalid()).isTrue();
        _setValue(first, "Harbor Light Home Loans");
        assertThat(counterUnder(first)).isEqualTo("23 / 30");
        assertThat(first.isInvalid()).isFalse();

        for (int i = 4; i <= 15; i++) {
            click("Add headline");
        }
        assertThat(_find(TextField.class, spec -> spec.withLabel("Headline 15 (optional)"))).hasSize(1);
        Button full = _get(Button.class, spec -> spec.withText("At most 15 headlines"));
        assertThat(full.isEnabled()).isFalse();
        assertThat(view().editor().problems()).anyMatch(p -> p.startsWith("Headline: at least 3"));
    }

    @Test
    void findings_show_as_the_author_types_and_a_suggested_fix_is_one_click() {
        long id = createAs(MARKETER, "Findings text", CreativeContent.empty(Channel.SMS));
        login(MARKETER);
        open(id);
        _setValue(area("Message"), "Harbor Light Home Loans, LLC | NMLS #1002003: open house Saturday 10-2.");
        ContentEditor editor = view().editor();
        Finding fixable = editor.findings().stream().filter(f -> f.ruleId().equals("TCPA-REVOCATION")).findFirst()
                .orElseThrow();
        var card = _get(Div.class, spec -> spec.withClasses("pl-finding")
                .withAttribute("data-rule", fixable.ruleId()));
        _click(_get(card, Button.class, spec -> spec.withPredicate(b -> ((Button) b).getText().endsWith(
                "suggested text"))));
        assertThat(area("Message").getValue()).contains(fixable.suggestion().strip());
        assertThat(area("Message").getValue()).endsWith("Reply STOP to opt out.");
        assertThat(editor.findings()).noneMatch(f -> f.ruleId().equals("TCPA-REVOCATION"));
    }

    @Test
    void a_finding_on_a_passage_is_highlighted_under_its_field() {
        long id = createAs(MARKETER, "Highlight text", CreativeContent.empty(Channel.SMS));
        login(MARKETER);
        open(id);
        _setValue(area("Message"), "Refinance now at 5.25%! Call Harbor Light Home Loans.");
        ContentEditor editor = view().editor();
        assertThat(editor.findings()).anyMatch(f -> f.ruleId().equals("REGZ-RATE-APR"));
        var marks = _find(editor.field(CreativeField.SMS_TEXT).highlight, Span.class,
                spec -> spec.withClasses("pl-mark pl-mark-block"));
        assertThat(marks).extracting(Span::getText).contains("5.25%");
        assertThat(_get(Span.class, spec -> spec.withClasses("pl-verdict")).getText()).startsWith("Blocked");
    }

    @Test
    void the_preview_shows_the_email_sanitised_without_scripts_or_handlers() {
        long id = createAs(MARKETER, "Preview email", CreativeContent.empty(Channel.EMAIL)
                .with(CreativeField.SENDER_NAME, "Harbor Light Home Loans")
                .with(CreativeField.SUBJECT, "Advertisement: spring open houses")
                .with(CreativeField.BODY, "<p>Hello</p>")
                .with(CreativeField.FOOTER, FOOTER));
        login(MARKETER);
        open(id);
        _setValue(area("Body"), "<p onclick=\"steal()\">Visit our open house</p><script>alert(1)</script>"
                + "<img src=\"https://t.example.com/p.gif\" width=\"1\" height=\"1\">");
        _get(TabSheet.class).setSelectedIndex(1);
        Div body = _get(Div.class, spec -> spec.withClasses("pl-cp-html"));
        String html = body.getElement().getProperty("innerHTML");
        assertThat(html).contains("Visit our open house").doesNotContain("script").doesNotContain("onclick")
                .doesNotContain("<img");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pl-cp-removed")).getText())
                .contains("script").contains("tracking pixel");
        assertThat(_get(Span.class, spec -> spec.withClasses("pl-cp-mail-subject")).getText())
                .isEqualTo("Advertisement: spring open houses");
    }

    @Test
    void a_compliance_officer_reads_the_copy_but_cannot_change_it() {
        long id = createAs(MARKETER, "Read-only text", CreativeContent.empty(Channel.SMS)
                .with(CreativeField.SMS_TEXT, "Harbor Light Home Loans: hello. Reply STOP to opt out."));
        login(COMPLIANCE);
        open(id);
        assertThat(area("Message").isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).allMatch(b -> !b.isVisible());
        assertThat(_get(Div.class, spec -> spec.withClasses("pl-cr-banners")).getElement().getTextRecursively())
                .contains("Compliance officers review the copy; only marketers change it.");
    }

    @Test
    void a_live_creative_is_read_only_and_says_to_duplicate_it() {
        login(MARKETER);
        authenticateAs(MARKETER);
        CreativeSummary live = creatives.page(CreativeFilter.all().withStatuses(Set.of(CreativeStatus.LIVE)), 0, 1)
                .getFirst();
        open(live.id());
        assertThat(_get(Div.class, spec -> spec.withClasses("pl-cr-banners")).getElement().getTextRecursively())
                .contains("cannot change").contains("Duplicate it to edit a copy.");
        assertThat(area("Body").isReadOnly()).isTrue();
        click("Duplicate");
        CreativeDetail copy = view().detail();
        assertThat(copy.id()).isNotEqualTo(live.id());
        assertThat(copy.status()).isEqualTo(CreativeStatus.DRAFT);
        assertThat(area("Body").isReadOnly()).isFalse();
    }

    @Test
    void a_save_over_someone_elses_change_keeps_the_edits_and_offers_reload() {
        long id = createAs(MARKETER, "Race text", CreativeContent.empty(Channel.SMS));
        login(MARKETER);
        open(id);
        _setValue(area("Message"), "My unsaved words");
        authenticateAs(MARKETER);
        creatives.rename(id, creatives.get(id).summary().version(), "Renamed elsewhere");
        click("Save");
        assertThat(notifications()).contains("changed by someone else");
        assertThat(area("Message").getValue()).isEqualTo("My unsaved words");
        Notification n = NotificationsKt.getNotifications().getLast();
        _click(_get(n, Button.class, spec -> spec.withText("Reload")));
        assertThat(view().detail().summary().name()).isEqualTo("Renamed elsewhere");
    }

    @Test
    void the_author_sees_requested_changes_next_to_the_field() {
        login(MARKETER);
        authenticateAs(MARKETER);
        CreativeSummary landing = creatives.page(CreativeFilter.all().withStatuses(
                Set.of(CreativeStatus.CHANGES_REQUESTED)).withText("landing"), 0, 1).getFirst();
        open(landing.id());
        var comments = view().editor().field(CreativeField.BODY).comments;
        assertThat(comments.isVisible()).isTrue();
        assertThat(comments.getElement().getTextRecursively()).contains("21 days").contains(COMPLIANCE);
    }

    @Test
    void a_loan_officer_is_refused_the_creatives_screens() {
        login(LOAN_OFFICER);
        UI.getCurrent().navigate("creatives");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        UI.getCurrent().navigate("creatives/1");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
