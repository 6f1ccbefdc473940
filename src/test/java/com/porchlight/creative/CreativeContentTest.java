package com.porchlight.creative;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.PartKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hashing, sanitising and diffing, without Spring. */
class CreativeContentTest {

    @Test
    void invisible_differences_keep_the_hash_and_visible_ones_change_it() {
        CreativeContent a = CreativeFixtures.cleanEmail();
        CreativeContent crlf = a.with(CreativeField.FOOTER, CreativeFixtures.FOOTER.replace(". ", ".  \r\n") + "\n\n");
        CreativeContent b = a.with(CreativeField.FOOTER, CreativeFixtures.FOOTER.replace(". ", ".\n"));
        assertThat(CreativeHash.of(crlf, null)).isEqualTo(CreativeHash.of(b, null));
        assertThat(CreativeHash.of(a, null)).isNotEqualTo(CreativeHash.of(b, null));
        // Context and disclosures are part of what is approved.
        assertThat(CreativeHash.of(a.withSetup(a.setup().withStates(java.util.Set.of("TX", "CA"))), null))
                .isNotEqualTo(CreativeHash.of(a, null));
        // Composed and decomposed accents are the same text.
        assertThat(CreativeHash.of(a.with(CreativeField.SUBJECT, "Caf\u00e9"), null))
                .isEqualTo(CreativeHash.of(a.with(CreativeField.SUBJECT, "Cafe\u0301"), null));
        // Moving text from one field to the next is a change, even though the concatenation is the same.
        assertThat(CreativeHash.of(a.with(CreativeField.SUBJECT, "ab").with(CreativeField.PREHEADER, "c"), null))
                .isNotEqualTo(CreativeHash.of(a.with(CreativeField.SUBJECT, "a").with(CreativeField.PREHEADER, "bc"), null));
    }

    @Test
    void the_sanitiser_keeps_formatting_and_https_images_and_removes_what_could_run_or_track() {
        HtmlSanitiser.Result r = HtmlSanitiser.sanitise("<h1 style=\"color:red\">Hi</h1><p><b>Bold</b> "
                + "<a href=\"https://harbor.example/rates\" onmouseover=\"x()\">rates</a></p>"
                + "<img src=\"https://cdn.example/house.jpg\" width=\"600\" alt=\"house\">"
                + "<img src=\"http://cdn.example/plain.jpg\" width=\"600\">"
                + "<img src=\"https://pixel.example/o.gif\" style=\"display:none\">"
                + "<iframe src=\"https://evil.example\"></iframe><form><input name=a></form>"
                + "<div style=\"background:url(https://track.example/x)\">bg</div>");
        assertThat(r.html()).contains("<h1 style=\"color:red\">Hi</h1>", "<b>Bold</b>",
                "href=\"https://harbor.example/rates\"", "https://cdn.example/house.jpg")
                .doesNotContain("onmouseover", "plain.jpg", "pixel.example", "iframe", "form", "track.example");
        assertThat(r.removed()).contains("1 tracking pixel", "1 image not served over https",
                "1 embedded frame or object", "2 form elements", "1 style with a URL, escape or script");
    }

    @Test
    void hidden_text_escaped_css_and_overlays_do_not_survive() {
        HtmlSanitiser.Result r = HtmlSanitiser.sanitise("<p>Rates from 6.25%</p>"
                + "<span style=\"display:none\">6.41% APR</span><span style=\"font-size:0\">NMLS #1</span>"
                + "<div style=\"background:u\\72l(https://t.example/p.gif)\">a</div>"
                + "<a href=\"https://evil.example\" style=\"position:fixed;inset:0;z-index:99999\">Session expired</a>");
        assertThat(r.html()).doesNotContain("6.41% APR", "NMLS #1", "t.example", "position", "z-index")
                .contains("Rates from 6.25%", "Session expired");
        assertThat(r.removed()).contains("2 hidden elements", "1 style with a URL, escape or script",
                "1 style that positions over the page");
    }

    @Test
    void the_compliance_engine_reads_html_as_the_text_a_reader_sees() {
        CreativeContent c = CreativeContent.empty(Channel.EMAIL).with(CreativeField.BODY,
                "<p>Rates as\nlow as</p><p>6.5% APR</p>");
        var body = c.toCheckInput().parts().stream().filter(p -> p.kind() == PartKind.BODY).findFirst().orElseThrow();
        assertThat(body.text()).isEqualTo("Rates as low as\n6.5% APR");
    }

    @Test
    void the_diff_marks_words_removed_and_added() {
        List<ContentDiff.Segment> s = ContentDiff.segments("Rates from 6.25% today", "Rates from 6.5% this week");
        assertThat(s).containsExactly(new ContentDiff.Segment(ContentDiff.Kind.EQUAL, "Rates from 6."),
                new ContentDiff.Segment(ContentDiff.Kind.REMOVED, "25"),
                new ContentDiff.Segment(ContentDiff.Kind.ADDED, "5"),
                new ContentDiff.Segment(ContentDiff.Kind.EQUAL, "% "),
                new ContentDiff.Segment(ContentDiff.Kind.REMOVED, "today"),
                new ContentDiff.Segment(ContentDiff.Kind.ADDED, "this week"));
    }

    @Test
    void the_review_sla_counts_business_days_only() {
        // Monday 09:00 minus two business days is the Thursday before.
        assertThat(BusinessDays.minus(java.time.Instant.parse("2026-11-23T09:00:00Z"), 2))
                .isEqualTo(java.time.Instant.parse("2026-11-19T09:00:00Z"));
    }
}
