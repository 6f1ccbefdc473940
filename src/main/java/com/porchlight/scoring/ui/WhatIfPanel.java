package com.porchlight.scoring.ui;

import com.porchlight.base.ui.chart.BarChart;
import com.porchlight.base.ui.chart.BarChartSvg;
import com.porchlight.base.ui.chart.Palette;
import com.porchlight.scoring.WhatIf;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The draft against the live scores of every lead, as the editor changes it: MQL counts now and under the draft,
 * who enters and who leaves, a histogram of totals under each, and a sample of the leads whose status would change.
 */
final class WhatIfPanel extends Div implements BackgroundTask.Display<WhatIf> {

    /** The histogram shows 0–100 point by point bin; what lies outside goes in one bin at each end. */
    static final int CHART_TOP = 100;
    private static final java.time.format.DateTimeFormatter AS_OF = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    private final Span mql = new Span();
    private final Span moves = new Span();
    private final Span state = new Span();
    private final BarChart chart = new BarChart();
    private final Grid<WhatIf.ChangedLead> sample = new Grid<>();
    private final Div figures = new Div();
    private int liveThreshold;
    private int draftThreshold;

    WhatIfPanel() {
        addClassNames("pl-score-card", "pl-score-whatif");
        mql.setId("whatif-mql");
        mql.addClassName("pl-score-whatif-mql");
        moves.setId("whatif-moves");
        moves.addClassName("pl-score-whatif-moves");
        state.setId("whatif-state");
        state.addClassName("pl-score-whatif-state");
        chart.setId("whatif-chart");
        figures.addClassName("pl-score-whatif-figures");
        figures.add(mql, moves, state);

        sample.addComponentColumn(l -> {
            var link = new Anchor("leads/" + l.id(), l.name());
            link.addClassName("pl-seg-lead-link");
            return link;
        }).setHeader("Lead").setKey("name").setFlexGrow(1).setWidth("8rem");
        sample.addColumn(l -> points(l.liveTotal())).setHeader("Live").setKey("live").setWidth("4.5rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        sample.addColumn(l -> points(l.draftTotal())).setHeader("Draft").setKey("draft").setWidth("4.5rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        sample.addColumn(l -> l.entering() ? "▲ enters" : "▼ leaves").setHeader("MQL").setKey("change")
                .setWidth("5.5rem").setFlexGrow(0).setPartNameGenerator(l -> l.entering() ? "pl-score-enters"
                        : "pl-score-leaves");
        sample.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES);
        sample.addClassName("pl-grid");
        sample.addClassName("pl-score-sample");
        sample.setId("whatif-sample");
        sample.setEmptyStateText("No lead would change its MQL status.");

        var sampleTitle = new Span("A sample of the leads that would change");
        sampleTitle.addClassName("pl-score-subtitle");
        add(new H3("What-if over every lead"), figures, chart, sampleTitle, sample);
        mql.setText("—");
    }

    void thresholds(int live, int draft) {
        liveThreshold = live;
        draftThreshold = draft;
    }

    @Override
    public void running() {
        addClassName("pl-score-busy");
        state.setText("updating…");
    }

    @Override
    public void done(WhatIf w) {
        removeClassName("pl-score-busy");
        long delta = w.mqlDraft() - w.mqlNow();
        mql.setText(number(w.mqlNow()) + " MQLs now → " + number(w.mqlDraft()) + " with the draft ("
                + (delta > 0 ? "+" : delta < 0 ? "−" : "±") + number(Math.abs(delta)) + ")");
        moves.setText(number(w.entering()) + " would become MQL · " + number(w.leaving()) + " would stop being MQL");
        state.setText("Over all " + number(w.leads()) + " leads as of " + AS_OF.format(w.asOf()) + " UTC, in "
                + seconds(w.millis()) + " — nothing written");
        showChart(w);
        sample.setEmptyStateText("No lead would change its MQL status.");
        sample.setItems(w.sample());
    }

    @Override
    public void failed(String message) {
        removeClassName("pl-score-busy");
        state.setText(message);
    }

    /** The draft has problems: the last numbers would be about another draft, so they go. */
    void blocked(String message) {
        removeClassName("pl-score-busy");
        mql.setText("No what-if yet");
        moves.setText("");
        state.setText(message);
        chart.show(List.of(), List.of(), List.of(), BarChartSvg.Options.of("Scores of all leads")
                .withEmptyText("Fix the draft to see its scores.").withSize(420, 250));
        sample.setEmptyStateText("Fix the draft to see the leads it would move.");
        sample.setItems(List.of());
    }

    private void showChart(WhatIf w) {
        // Bins by their lower bound; below 0 and from CHART_TOP up each become one bin.
        int inside = CHART_TOP / w.binWidth();
        long[] live = new long[inside + 2];
        long[] draft = new long[inside + 2];
        for (int i = 0; i < w.liveHistogram().size(); i++) {
            int start = w.firstBin() + i * w.binWidth();
            int slot = start < 0 ? 0 : start >= CHART_TOP ? inside + 1 : 1 + start / w.binWidth();
            live[slot] += w.liveHistogram().get(i);
            draft[slot] += w.draftHistogram().get(i);
        }
        boolean below = live[0] + draft[0] > 0;
        boolean above = live[inside + 1] + draft[inside + 1] > 0;
        List<BarChartSvg.Category> categories = new ArrayList<>();
        List<Double> liveValues = new ArrayList<>();
        List<Double> draftValues = new ArrayList<>();
        for (int slot = below ? 0 : 1; slot <= (above ? inside + 1 : inside); slot++) {
            int start = (slot - 1) * w.binWidth();
            categories.add(slot == 0 ? new BarChartSvg.Category("<0", "a total below 0")
                    : slot == inside + 1 ? new BarChartSvg.Category(CHART_TOP + "+", "a total of " + CHART_TOP
                            + " or more")
                    : new BarChartSvg.Category(Integer.toString(start), "a total from " + start + " to under "
                            + (start + w.binWidth())));
            liveValues.add((double) live[slot]);
            draftValues.add((double) draft[slot]);
        }
        double offset = below ? 1 : 0;
        List<BarChartSvg.Marker> markers = new ArrayList<>();
        if (liveThreshold == draftThreshold) {
            markers.add(new BarChartSvg.Marker(offset + (double) liveThreshold / w.binWidth(), "MQL ≥ "
                    + liveThreshold + " (live and draft)", Palette.color(0)));
        } else {
            markers.add(new BarChartSvg.Marker(offset + (double) liveThreshold / w.binWidth(), "Live MQL ≥ "
                    + liveThreshold, Palette.color(0)));
            markers.add(new BarChartSvg.Marker(offset + (double) draftThreshold / w.binWidth(), "Draft MQL ≥ "
                    + draftThreshold, "#a16207"));
        }
        chart.show(categories, List.of(new BarChartSvg.Series("Live model", liveValues),
                new BarChartSvg.Series("Draft", draftValues)), markers,
                BarChartSvg.Options.of("Leads by total score, live model and draft").withAxisTitle("Total score")
                        .withFormat(v -> number((long) v) + ((long) v == 1 ? " lead" : " leads"))
                        .withSize(420, 250));
    }

    BarChart chart() {
        return chart;
    }

    static String number(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    private static String points(BigDecimal total) {
        return total.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String seconds(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.US, "%.1f s", millis / 1000.0);
    }
}
