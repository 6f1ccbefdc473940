package com.porchlight.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * How well a model separates funded leads from lost ones, over leads received in a window whose outcome is known,
 * each scored as it stood 30 days after it arrived (or at its outcome, if sooner) — when the score would have
 * steered a loan officer. Capture: the share of funded leads that were MQL. Precision:
 * the share of MQLs that funded. The curve: for every threshold, the share of funded leads above it (true positive
 * rate) against the share of lost leads above it (false positive rate) — an ROC curve; {@code auc} is its area.
 */
public record Backtest(LocalDate receivedFrom, LocalDate receivedTo, long funded, long lost, Result live,
        Result draft) {

    public record Result(int threshold, long mqlFunded, long mqlLost, double capture, double precision, double auc,
            List<Point> roc) {
    }

    /** One point of the ROC curve: at this threshold, these shares of funded and lost leads score at or above it. */
    public record Point(int threshold, double truePositiveRate, double falsePositiveRate) {
    }
}
