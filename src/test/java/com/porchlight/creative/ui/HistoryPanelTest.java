package com.porchlight.creative.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

/** Versions, what exactly was approved, the side-by-side diff and the audit timeline. */
class HistoryPanelTest extends ReviewTestSupport {

    private HistoryPanel panel(long id) {
        var panel = new HistoryPanel(creatives);
        UI.getCurrent().add(panel);
        panel.show(creatives.get(id));
        return panel;
    }

    private CreativeDetail edited(CreativeDetail d, String subject) {
        authenticateAs(MARKETER);
        CreativeDetail e = creatives.saveDraft(d.id(), creatives.get(d.id()).summary().version(),
                d.current().content().with(CreativeField.SUBJECT, subject));
        logout();
        return e;
    }

    @Test
    void the_diff_shows_removed_words_struck_on_the_left_and_added_words_on_the_right() {
        CreativeDetail d = drafted(unique("Diff"), cleanEmail());
        edited(d, "Advertiser notice: buying your second home this summer?");
        login(MARKETER);
        HistoryPanel panel = panel(d.id());
        assertThat(panel.from.getValue()).isEqualTo(2);
        assertThat(panel.to.getValue()).isEqualTo(3);
        assertThat(_find(Span.class, spec -> spec.withClasses("pl-diff-removed"))).extracting(Span::getText)
                .contains("first", "spring");
        assertThat(_find(Span.class, spec -> spec.withClasses("pl-diff-added"))).extracting(Span::getText)
                .contains("second", "summer");
        assertThat(panel.diffBox.getElement().getTextRecursively()).contains("Subject").doesNotContain("Footer");
        _setValue(panel.showUnchanged, true);
        assertThat(panel.diffBox.getElement().getTextRecursively()).contains("Footer");
    }

    @Test
    void what_was_approved_is_shown_with_its_full_hash_and_marked_in_the_versions() {
        CreativeDetail s = submitted(unique("Approved history"), cleanSms());
        complianceApproved(s);
        login(COMPLIANCE);
        HistoryPanel panel = panel(s.id());
        assertThat(_find(Span.class, spec -> spec.withClasses("pl-hash"))).extracting(Span::getText)
                .contains(s.hash());
        assertThat(GridKt._size(panel.versionGrid)).isEqualTo(2);
        _click(_find(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("View the approved version")).getFirst());
        assertThat(panel.versionGrid.asSingleSelect().getValue().hash()).isEqualTo(s.hash());
        assertThat(GridKt._size(panel.timeline)).isGreaterThanOrEqualTo(5);
        assertThat(GridKt._getFormatted(panel.timeline, 0, "event")).isEqualTo("APPROVED");
    }

    @Test
    void verifying_the_chain_reports_the_result() {
        CreativeDetail d = drafted(unique("Chain"), cleanEmail());
        login(COMPLIANCE);
        HistoryPanel panel = panel(d.id());
        _click(panel.verify);
        assertThat(panel.verification.getText()).containsPattern("Chain (intact|broken)");
    }

    @Test
    void a_marketer_cannot_verify_the_chain() {
        CreativeDetail d = drafted(unique("Chain marketer"), cleanEmail());
        login(MARKETER);
        HistoryPanel panel = panel(d.id());
        assertThat(panel.verify.isEnabled()).isFalse();
    }
}
