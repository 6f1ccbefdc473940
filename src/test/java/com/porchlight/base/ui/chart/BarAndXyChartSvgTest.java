package com.porchlight.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The bar (histogram) and XY (ROC) charts' markup, without a browser. */
class BarAndXyChartSvgTest {

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static List<String> texts(Document doc, String tag) {
        return elements(doc, tag).stream().map(Element::getTextContent).toList();
    }

    private static double attr(Element e, String name) {
        return Double.parseDouble(e.getAttribute(name));
    }

    private static List<BarChartSvg.Category> bins(int... starts) {
        List<BarChartSvg.Category> c = new ArrayList<>();
        for (int s : starts) {
            c.add(new BarChartSvg.Category(Integer.toString(s), "score " + s + " to " + (s + 4)));
        }
        return c;
    }

    // ---- bars ------------------------------------------------------------------------------------------------------

    @Test
    void each_series_gets_a_bar_per_category_side_by_side_and_taller_for_larger_values() throws Exception {
        var live = new BarChartSvg.Series("Live", List.of(10.0, 40.0, 0.0));
        var draft = new BarChartSvg.Series("Draft", List.of(20.0, 30.0, 5.0));
        Document doc = parse(BarChartSvg.render(bins(0, 5, 10), List.of(live, draft), List.of(),
                BarChartSvg.Options.of("Scores").withAxisTitle("Total score").withSize(600, 300)));

        List<Element> bars = elements(doc, "rect").stream().filter(r -> r.getElementsByTagName("title")
                .getLength() == 1).toList();
        assertThat(bars).hasSize(6);
        Element live0 = bars.get(0);
        Element live1 = bars.get(1);
        Element draft0 = bars.get(3);
        assertThat(attr(draft0, "x")).as("the draft's bar sits right of the live one in the same bin")
                .isGreaterThan(attr(live0, "x")).isLessThan(attr(live1, "x"));
        assertThat(attr(live1, "height")).as("40 is drawn taller than 10").isGreaterThan(3.5 * attr(live0, "height"));
        assertThat(attr(live1, "y") + attr(live1, "height")).as("bars stand on the same zero line")
                .isCloseTo(attr(live0, "y") + attr(live0, "height"), org.assertj.core.data.Offset.offset(0.11));
        assertThat(attr(bars.get(2), "height")).as("a zero bar is still a hover target").isEqualTo(1.0);
        assertThat(texts(doc, "title")).containsExactly("Live: 10, score 0 to 4", "Live: 40, score 5 to 9",
                "Live: 0, score 10 to 14", "Draft: 20, score 0 to 4", "Draft: 30, score 5 to 9",
                "Draft: 5, score 10 to 14");
        assertThat(texts(doc, "text")).contains("Live", "Draft", "0", "5", "10", "Total score", "40");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Scores. Live: 50 in all, most at "
                + "score 5 to 9 (40). Draft: 55 in all, most at score 5 to 9 (30).");
    }

    @Test
    void labels_are_thinned_out_when_bins_are_narrow_and_markers_sit_on_bin_boundaries() throws Exception {
        int[] starts = new int[40];
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i * 5 + 1000;
            values.add((double) i);
        }
        var marker = new BarChartSvg.Marker(13, "MQL ≥ 1065", "#1d4a72");
        Document doc = parse(BarChartSvg.render(bins(starts), List.of(new BarChartSvg.Series("Live", values)),
                List.of(marker), BarChartSvg.Options.of("Scores").withSize(400, 240)));
        List<String> labels = texts(doc, "text").stream().filter(t -> t.startsWith("1")).filter(t -> t.length() == 4)
                .toList();
        assertThat(labels).hasSizeLessThan(20).contains("1000");
        List<Element> bars = elements(doc, "rect");
        Element line = elements(doc, "line").stream().filter(l -> "4 3".equals(l.getAttribute("stroke-dasharray")))
                .findFirst().orElseThrow();
        assertThat(attr(line, "x1")).as("the marker is the left edge of the 14th bin")
                .isCloseTo(attr(bars.get(13), "x"), org.assertj.core.data.Offset.offset(3.0))
                .isLessThan(attr(bars.get(13), "x"));
        assertThat(texts(doc, "text")).contains("MQL ≥ 1065");
    }

    @Test
    void bars_without_data_say_so_and_series_must_match_the_categories() throws Exception {
        Document doc = parse(BarChartSvg.render(List.of(), List.of(), List.of(),
                BarChartSvg.Options.of("Scores").withEmptyText("Fix the draft to see its scores.")));
        assertThat(texts(doc, "text")).containsExactly("Fix the draft to see its scores.");
        assertThatThrownBy(() -> BarChartSvg.render(bins(0, 5), List.of(new BarChartSvg.Series("Live",
                List.of(1.0))), List.of(), BarChartSvg.Options.of("Scores")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Live has 1 values for 2");
    }

    @Test
    void bar_labels_and_tooltips_are_escaped() throws Exception {
        String svg = BarChartSvg.render(List.of(new BarChartSvg.Category("<b>", "\"><script>x()</script>")),
                List.of(new BarChartSvg.Series("Tom & Jerry's", List.of(1.0))), List.of(),
                BarChartSvg.Options.of("<title>"));
        assertThat(svg).doesNotContain("<script", "<b>");
        Document doc = parse(svg);
        assertThat(texts(doc, "text")).contains("<b>");
        assertThat(texts(doc, "title")).containsExactly("Tom & Jerry's: 1, \"><script>x()</script>");
    }

    // ---- XY --------------------------------------------------------------------------------------------------------

    private static XyChartSvg.Options roc() {
        return XyChartSvg.Options.of("ROC").withAxisTitles("False positive rate", "True positive rate")
                .withRanges(new XyChartSvg.Range(0, 1), new XyChartSvg.Range(0, 1)).withSize(420, 400);
    }

    @Test
    void an_roc_curve_spans_the_unit_square_with_its_diagonal_and_an_emphasized_operating_point() throws Exception {
        var model = new XySeries("Live", List.of(new XySeries.Point(0, 0), new XySeries.Point(0.1, 0.5),
                new XySeries.Point(0.3, 0.8, "Live at 65: 80 % of funded", true), new XySeries.Point(1, 1)));
        var chance = XySeries.reference("Chance", List.of(new XySeries.Point(0, 0), new XySeries.Point(1, 1)));
        Document doc = parse(XyChartSvg.render(List.of(model, chance), roc()));

        List<Element> paths = elements(doc, "path");
        assertThat(paths).hasSize(2);
        double[] line = numbers(paths.get(0).getAttribute("d"));
        double[] diagonal = numbers(paths.get(1).getAttribute("d"));
        assertThat(paths.get(1).getAttribute("stroke-dasharray")).isEqualTo("5 4");
        assertThat(line[0]).as("x = 0 is the left edge of the diagonal").isEqualTo(diagonal[0]);
        assertThat(line[1]).as("y = 0 is its bottom").isEqualTo(diagonal[1]);
        assertThat(line[line.length - 2]).isEqualTo(diagonal[2]);
        assertThat(line[line.length - 1]).isEqualTo(diagonal[3]);
        assertThat(line[3]).as("a better-than-chance point lies above the diagonal").isLessThan(line[1]);

        List<Element> circles = elements(doc, "circle");
        assertThat(circles).as("hover targets for the model, none for the reference").hasSize(4);
        Element operating = circles.get(2);
        assertThat(operating.getAttribute("r")).isEqualTo("5");
        assertThat(operating.getAttribute("stroke")).isEqualTo("#ffffff");
        assertThat(texts(doc, "title")).containsExactly("Live: 0.00, 0.00", "Live: 0.10, 0.50",
                "Live at 65: 80 % of funded", "Live: 1.00, 1.00");
        assertThat(texts(doc, "text")).contains("0.0", "0.2", "1.0", "False positive rate", "True positive rate",
                "Live", "Chance");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("ROC. Live: Live at 65: 80 % of "
                + "funded.");
    }

    @Test
    void without_a_real_series_the_xy_chart_says_so_and_ranges_must_be_ranges() throws Exception {
        var chance = XySeries.reference("Chance", List.of(new XySeries.Point(0, 0), new XySeries.Point(1, 1)));
        Document doc = parse(XyChartSvg.render(List.of(chance), roc().withEmptyText("No outcomes yet.")));
        assertThat(texts(doc, "text")).containsExactly("No outcomes yet.");
        assertThatThrownBy(() -> new XyChartSvg.Range(1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void without_fixed_ranges_the_axes_cover_the_data_with_round_ticks() throws Exception {
        var s = new XySeries("Lift", List.of(new XySeries.Point(3, 12), new XySeries.Point(47, 88)));
        Document doc = parse(XyChartSvg.render(List.of(s), XyChartSvg.Options.of("Lift").withSize(600, 300)));
        assertThat(texts(doc, "text")).contains("0", "50", "100");
    }

    private static double[] numbers(String path) {
        return java.util.regex.Pattern.compile("[\\d.]+").matcher(path).results()
                .mapToDouble(r -> Double.parseDouble(r.group())).toArray();
    }
}
