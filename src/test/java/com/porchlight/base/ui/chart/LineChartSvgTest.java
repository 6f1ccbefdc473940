package com.porchlight.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chart's scales, ticks and markup, without a browser. */
class LineChartSvgTest {

    private static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void value_ticks_are_round_numbers_that_cover_the_data() {
        NiceScale rates = NiceScale.of(5.93, 7.31, 6);
        assertThat(rates.ticks()).containsExactly(5.5, 6.0, 6.5, 7.0, 7.5);
        assertThat(rates.label(6.0)).isEqualTo("6.0");

        NiceScale counts = NiceScale.of(0, 1234, 6);
        assertThat(counts.ticks()).containsExactly(0.0, 250.0, 500.0, 750.0, 1000.0, 1250.0);
        assertThat(counts.label(1000)).isEqualTo("1,000");

        NiceScale small = NiceScale.of(0.1, 0.3, 5);
        assertThat(small.ticks()).containsExactly(0.1, 0.15, 0.2, 0.25, 0.3);
        assertThat(small.decimals()).isEqualTo(2);
    }

    @Test
    void a_single_value_gets_a_band_around_it_and_a_reversed_range_is_refused() {
        NiceScale flat = NiceScale.of(6.3, 6.3, 6);
        assertThat(flat.min()).isLessThan(6.3);
        assertThat(flat.max()).isGreaterThan(6.3);
        assertThatThrownBy(() -> NiceScale.of(2, 1, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void positions_map_the_scale_onto_the_plot_with_the_top_value_at_the_top() {
        NiceScale scale = NiceScale.of(0, 10, 6);
        assertThat(scale.position(0, 300, 20)).isEqualTo(300.0);
        assertThat(scale.position(10, 300, 20)).isEqualTo(20.0);
        assertThat(scale.position(5, 300, 20)).isEqualTo(160.0);
    }

    @Test
    void time_ticks_fall_on_calendar_boundaries_fitting_the_range() {
        var quarterly = TimeTicks.between(Instant.parse("2024-11-26T07:00:00Z"), Instant.parse("2026-11-26T07:00:00Z"),
                10);
        assertThat(quarterly).extracting(TimeTicks.Tick::label)
                .containsExactly("Jan 2025", "Apr", "Jul", "Oct", "Jan 2026", "Apr", "Jul", "Oct");
        assertThat(quarterly.getFirst().at()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));

        var monthly = TimeTicks.between(Instant.parse("2026-03-10T00:00:00Z"), Instant.parse("2026-07-10T00:00:00Z"),
                5);
        assertThat(monthly).extracting(TimeTicks.Tick::label).containsExactly("Apr 2026", "May", "Jun", "Jul");
        var overNewYear = TimeTicks.between(Instant.parse("2025-11-26T00:00:00Z"),
                Instant.parse("2026-04-26T00:00:00Z"), 5);
        assertThat(overNewYear).extracting(TimeTicks.Tick::label).containsExactly("Dec", "Jan 2026", "Feb", "Mar",
                "Apr");

        var weekly = TimeTicks.between(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-26T00:00:00Z"),
                10);
        assertThat(weekly).extracting(TimeTicks.Tick::label).containsExactly("Nov 2", "Nov 9", "Nov 16", "Nov 23");
    }

    @Test
    void every_text_and_attribute_is_escaped() throws Exception {
        assertThat(SvgWriter.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        var evil = new TimeSeries("<img src=x onerror=alert(1)>", List.of(new TimeSeries.Point(JAN_1, 1,
                "\"><script>bad()</script>")));
        var other = new TimeSeries("Tom & Jerry's", List.of(new TimeSeries.Point(JAN_1, 2)));
        String svg = LineChartSvg.render(List.of(evil, other), LineChartSvg.Options.of("A \"quoted\" <title>"));

        assertThat(svg).doesNotContain("<img", "<script", "onerror=alert(1)>");
        Document doc = parse(svg); // well-formed XML, whatever the labels held
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).startsWith("A \"quoted\" <title>.");
        assertThat(texts(doc, "text")).contains("<img src=x onerror=alert(1)>", "Tom & Jerry's");
        assertThat(texts(doc, "title")).contains("\"><script>bad()</script>");
    }

    @Test
    void the_chart_is_an_accessible_responsive_image_with_a_legend_and_a_tooltip_per_point() throws Exception {
        var fixed = new TimeSeries("30-yr fixed", List.of(new TimeSeries.Point(JAN_1, 6.5),
                new TimeSeries.Point(Instant.parse("2026-02-01T00:00:00Z"), 6.25),
                new TimeSeries.Point(Instant.parse("2026-03-01T00:00:00Z"), 6.0)));
        var fha = new TimeSeries("30-yr FHA", List.of(new TimeSeries.Point(JAN_1, 6.25)));
        String svg = LineChartSvg.render(List.of(fixed, fha), LineChartSvg.Options.of("Rates").withUnit("%")
                .withFormat(v -> String.format(java.util.Locale.US, "%.2f%%", v))
                .withRange(JAN_1, Instant.parse("2026-04-01T00:00:00Z")).withSize(500, 300));
        Element root = parse(svg).getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 500 300");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Rates. 30-yr fixed: 6.50% on Jan 1, 2026 to 6.00% on"
                + " Mar 1, 2026. 30-yr FHA: 6.25% on Jan 1, 2026.");
        Document doc = root.getOwnerDocument();
        assertThat(texts(doc, "text")).contains("30-yr fixed", "30-yr FHA", "6.0%", "6.5%", "Jan 2026", "Feb", "Mar",
                "Apr");
        assertThat(texts(doc, "title")).containsExactly("30-yr fixed: 6.50%, Jan 1, 2026",
                "30-yr fixed: 6.25%, Feb 1, 2026", "30-yr fixed: 6.00%, Mar 1, 2026", "30-yr FHA: 6.25%, Jan 1, 2026");
        assertThat(doc.getElementsByTagName("path").getLength()).isEqualTo(2);
    }

    @Test
    void lines_go_up_for_higher_values_and_a_step_line_holds_each_value_to_the_end_of_the_range() throws Exception {
        var series = new TimeSeries("r", List.of(new TimeSeries.Point(JAN_1, 1),
                new TimeSeries.Point(Instant.parse("2026-01-11T00:00:00Z"), 2)));
        var options = LineChartSvg.Options.of("Steps").withRange(JAN_1, Instant.parse("2026-01-21T00:00:00Z"))
                .withSize(500, 200);
        String linear = parse(LineChartSvg.render(List.of(series), options)).getElementsByTagName("path").item(0)
                .getAttributes().getNamedItem("d").getNodeValue();
        String step = parse(LineChartSvg.render(List.of(series), options.withShape(LineChartSvg.Shape.STEP)))
                .getElementsByTagName("path").item(0).getAttributes().getNamedItem("d").getNodeValue();

        double[] linearNumbers = numbers(linear);
        assertThat(linearNumbers).hasSize(4);
        assertThat(linearNumbers[2]).as("the second point is to the right").isGreaterThan(linearNumbers[0]);
        assertThat(linearNumbers[3]).as("the higher value is drawn higher up").isLessThan(linearNumbers[1]);
        assertThat(step).matches("M[\\d.]+ [\\d.]+ H[\\d.]+ L[\\d.]+ [\\d.]+ H484");
    }

    @Test
    void a_series_keeps_its_colour_when_the_series_before_it_are_hidden() throws Exception {
        var third = new TimeSeries("FHA", List.of(new TimeSeries.Point(JAN_1, 6)), 2);
        var unnamed = new TimeSeries("Other", List.of(new TimeSeries.Point(JAN_1, 7)));
        NodeList paths = parse(LineChartSvg.render(List.of(third, unnamed), LineChartSvg.Options.of("Colours")))
                .getElementsByTagName("path");
        assertThat(((Element) paths.item(0)).getAttribute("stroke")).isEqualTo(Palette.color(2));
        assertThat(((Element) paths.item(1)).getAttribute("stroke")).as("by position").isEqualTo(Palette.color(1));
        assertThat(Palette.color(2)).isNotEqualTo(Palette.color(1));
    }

    @Test
    void without_data_the_chart_says_so() throws Exception {
        String svg = LineChartSvg.render(List.of(new TimeSeries("empty", List.of())),
                LineChartSvg.Options.of("Rates").withEmptyText("Choose at least one product."));
        Document doc = parse(svg);
        assertThat(texts(doc, "text")).containsExactly("Choose at least one product.");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Rates. Choose at least one product.");
    }

    @Test
    void points_out_of_time_order_are_refused() {
        assertThatThrownBy(() -> new TimeSeries("r", List.of(new TimeSeries.Point(JAN_1.plusSeconds(1), 1),
                new TimeSeries.Point(JAN_1, 1)))).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] numbers(String path) {
        Matcher m = Pattern.compile("[\\d.]+").matcher(path);
        return m.results().mapToDouble(r -> Double.parseDouble(r.group())).toArray();
    }
}
