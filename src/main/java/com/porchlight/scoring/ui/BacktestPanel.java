package com.porchlight.scoring.ui;

import com.porchlight.base.ui.chart.Palette;
import com.porchlight.base.ui.chart.XyChart;
import com.porchlight.base.ui.chart.XyChartSvg;
import com.porchlight.base.ui.chart.XySeries;
import com.porchlight.scoring.Backtest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The backtest: leads received in a window whose outcome is known, each scored as it stood 30 days after arriving (or
 * at its outcome, if sooner) under the live model and the draft — capture, precision and AUC side by side, and both ROC curves against chance.
 */
final class BacktestPanel extends Div implements BackgroundTask.Display<Backtest> {

    enum Window {
        MONTHS_6("Last 6 months", 6), MONTHS_12("Last 12 months", 12), MONTHS_24("Last 24 months", 24),
        CUSTOM("Custom", 0);

        final String label;
        final int months;

        Window(String label, int months) {
            this.label = label;
            this.months = months;
        }
    }

    /** One model's row of the results table. */
    record Row(String model, Backtest.Result result, long funded) {
    }

    final RadioButtonGroup<Window> window = new RadioButtonGroup<>();
    final DatePicker from = new DatePicker("Received from");
    final DatePicker to = new DatePicker("to");
    final Button run = new Button("Run backtest", new Icon(VaadinIcon.PLAY));
    private final Span state = new Span();
    private final Paragraph outcomes = new Paragraph();
    private final Grid<Row> results = new Grid<>();
    private final XyChart roc = new XyChart();
    private final Div resultArea = new Div();
    private final LocalDate today;
    private String liveName = "Live model";
    private boolean choosing;

    BacktestPanel(LocalDate today, BiConsumer<LocalDate, LocalDate> start) {
        this.today = today;
        addClassNames("pl-score-card", "pl-score-backtest");
        window.setLabel("Leads received");
        window.setItems(Window.values());
        window.setItemLabelGenerator(w -> w.label);
        window.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != Window.CUSTOM) {
                choosing = true;
                from.setValue(today.minusMonths(e.getValue().months));
                to.setValue(today);
                choosing = false;
            }
        });
        from.addValueChangeListener(e -> custom());
        to.addValueChangeListener(e -> custom());
        from.setMax(today);
        to.setMax(today);
        // The console writes every date as ISO (yyyy-MM-dd), the pickers too.
        var iso = new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
        from.setI18n(iso);
        to.setI18n(iso);
        window.setValue(Window.MONTHS_12);
        run.addThemeVariants(ButtonVariant.PRIMARY);
        run.addClickListener(e -> {
            if (from.getValue() == null || to.getValue() == null) {
                failed("Choose both dates of the window.");
                return;
            }
            start.accept(from.getValue(), to.getValue());
        });
        state.setId("backtest-state");
        state.addClassName("pl-score-whatif-state");
        outcomes.setId("backtest-outcomes");
        outcomes.addClassName("pl-score-outcomes");

        results.addColumn(Row::model).setHeader("Model").setKey("model").setFlexGrow(1).setWidth("5.5rem");
        results.addColumn(r -> Integer.toString(r.result().threshold())).setHeader("MQL at").setKey("threshold")
                .setWidth("4.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        results.addColumn(r -> percent(r.result().capture()) + " (" + WhatIfPanel.number(r.result().mqlFunded())
                + " of " + WhatIfPanel.number(r.funded()) + ")").setHeader("Capture").setKey("capture")
                .setWidth("10.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setTooltipGenerator(r -> "Share of the funded leads that were MQL");
        results.addColumn(r -> percent(r.result().precision()) + " (" + WhatIfPanel.number(r.result().mqlFunded())
                + " of " + WhatIfPanel.number(r.result().mqlFunded() + r.result().mqlLost()) + ")")
                .setHeader("Precision").setKey("precision").setWidth("10.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setTooltipGenerator(r -> "Share of the MQLs that funded");
        results.addColumn(r -> String.format(Locale.US, "%.3f", r.result().auc())).setHeader("AUC").setKey("auc")
                .setWidth("4.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setTooltipGenerator(r -> "Area under the ROC curve: 0.5 is chance, 1 separates perfectly");
        results.addThemeVariants(GridVariant.LUMO_COMPACT);
        results.setAllRowsVisible(true);
        results.addClassName("pl-score-results");
        results.setId("backtest-results");
        roc.setId("backtest-roc");
        roc.addClassName("pl-score-roc");

        var explain = new Paragraph("Capture: the share of funded loans that were MQL. Precision: the share of MQLs "
                + "that funded. The ROC curve sweeps the threshold: the higher it bends above the diagonal, the "
                + "better the model separates funded from lost leads. Purchase funnels run 60–120 days, so a window "
                + "ending today misses outcomes still to come.");
        explain.addClassName("pl-score-hint");
        var controls = new Div(window, from, to, run);
        controls.addClassName("pl-score-backtest-controls");
        var table = new Div(outcomes, results, explain);
        table.addClassName("pl-score-backtest-table");
        resultArea.add(table, roc);
        resultArea.addClassName("pl-score-backtest-result");
        resultArea.setVisible(false);
        add(new H3("Backtest: leads with a known outcome"), controls, state, resultArea);
        state.setText("Choose a window and run the backtest: it scores each closed lead as it stood 30 days after "
                + "arriving (or at its outcome, if sooner) under the live model and under the draft as it is on screen.");
    }

    private void custom() {
        if (!choosing) {
            window.setValue(Window.CUSTOM);
        }
    }

    void liveName(String name) {
        liveName = name;
    }

    /** The draft changed since the results on screen were computed. */
    void stale() {
        if (resultArea.isVisible()) {
            state.setText("The draft changed since this backtest: run it again to compare.");
        }
    }

    @Override
    public void running() {
        addClassName("pl-score-busy");
        run.setEnabled(false);
        state.setText("running… (you can keep editing)");
    }

    @Override
    public void done(Backtest b) {
        removeClassName("pl-score-busy");
        run.setEnabled(true);
        state.setText("");
        resultArea.setVisible(true);
        outcomes.setText(WhatIfPanel.number(b.funded()) + " funded and " + WhatIfPanel.number(b.lost())
                + " lost leads received " + b.receivedFrom() + " to " + b.receivedTo()
                + ", each scored as it stood 30 days after arriving (or at its outcome, if sooner).");
        results.setItems(List.of(new Row(liveName, b.live(), b.funded()), new Row("Draft", b.draft(), b.funded())));
        List<XySeries> series = new ArrayList<>();
        series.add(curve(liveName, b.live(), Palette.color(0)));
        series.add(curve("Draft", b.draft(), Palette.color(1)));
        series.add(XySeries.reference("Chance", List.of(new XySeries.Point(0, 0), new XySeries.Point(1, 1))));
        roc.show(series, XyChartSvg.Options.of("ROC curves of the live model and the draft")
                .withAxisTitles("False positive rate (share of lost leads above the threshold)",
                        "True positive rate (share of funded)")
                .withRanges(new XyChartSvg.Range(0, 1), new XyChartSvg.Range(0, 1))
                .withFormats(v -> percent(v), v -> percent(v))
                .withEmptyText(b.funded() + b.lost() == 0 ? "No lead received in this window has an outcome yet."
                        : "No curve.")
                .withSize(420, 400));
    }

    @Override
    public void failed(String message) {
        removeClassName("pl-score-busy");
        run.setEnabled(true);
        state.setText(message);
    }

    private static XySeries curve(String name, Backtest.Result r, String color) {
        List<XySeries.Point> points = new ArrayList<>();
        // The operating point: the lowest score still at or above the threshold, i.e. what "MQL" means.
        int operating = -1;
        for (int i = 0; i < r.roc().size(); i++) {
            if (r.roc().get(i).threshold() >= r.threshold()) {
                operating = i;
            }
        }
        for (int i = 0; i < r.roc().size(); i++) {
            Backtest.Point p = r.roc().get(i);
            String at = p.threshold() == Integer.MAX_VALUE ? "nobody is MQL" : "MQL at " + p.threshold();
            points.add(new XySeries.Point(p.falsePositiveRate(), p.truePositiveRate(), name + ", " + at + ": "
                    + percent(p.truePositiveRate()) + " of funded, " + percent(p.falsePositiveRate()) + " of lost"
                    + (i == operating ? " (this model's threshold)" : ""), i == operating));
        }
        return new XySeries(name + " (AUC " + String.format(Locale.US, "%.2f", r.auc()) + ")", points, color, "",
                false);
    }

    static String percent(double share) {
        return String.format(Locale.US, "%.1f %%", share * 100);
    }

    Grid<Row> results() {
        return results;
    }

    XyChart roc() {
        return roc;
    }
}
