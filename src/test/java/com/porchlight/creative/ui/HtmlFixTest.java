package com.porchlight.creative.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.creative.HtmlSanitiser;
import org.junit.jupiter.api.Test;

class HtmlFixTest {

    @Test
    void a_marked_passage_is_replaced_where_it_sits_in_the_markup() {
        String html = "<p>Rates are <b>the lowest in town</b>.</p><p>Call us.</p>";
        String visible = HtmlSanitiser.visibleText(html);
        int start = visible.indexOf("the lowest in town");
        String fixed = HtmlFix.apply(html, start, start + "the lowest in town".length(), "competitive").orElseThrow();
        assertThat(fixed).isEqualTo("<p>Rates are <b>competitive</b>.</p><p>Call us.</p>");
    }

    @Test
    void the_right_occurrence_is_replaced_when_the_text_repeats() {
        String html = "<p>low rates</p><p>really low rates</p>";
        String visible = HtmlSanitiser.visibleText(html);
        int start = visible.lastIndexOf("low rates");
        String fixed = HtmlFix.apply(html, start, start + 9, "fair rates").orElseThrow();
        assertThat(fixed).isEqualTo("<p>low rates</p><p>really fair rates</p>");
    }

    @Test
    void a_missing_disclosure_at_the_end_becomes_a_paragraph_of_its_own() {
        String html = "<p>Talk to us.</p>";
        int end = HtmlSanitiser.visibleText(html).length();
        assertThat(HtmlFix.apply(html, end, end, "Equal Housing Opportunity & more").orElseThrow())
                .isEqualTo("<p>Talk to us.</p><p>Equal Housing Opportunity &amp; more</p>");
    }

    @Test
    void a_passage_that_also_appears_inside_markup_is_not_guessed() {
        String html = "<p title=\"best\">best</p>";
        assertThat(HtmlFix.apply(html, 0, 4, "good")).isEmpty();
    }

    @Test
    void a_passage_split_by_tags_cannot_be_mapped() {
        String html = "<p>the <i>best</i> rates</p>";
        String visible = HtmlSanitiser.visibleText(html);
        assertThat(HtmlFix.apply(html, 0, visible.length(), "fair rates")).isEmpty();
    }
}
