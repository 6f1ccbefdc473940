package com.porchlight.rate;

import java.time.LocalDate;

/**
 * The average 30-year fixed rate in the US (Freddie Mac PMMS, rounded): yearly from 2012 to 2019, quarterly since
 * 2020. The one source of the market both demo generators follow — the demo leads' note rates and the demo rate
 * history — so the rate trigger finds refinance candidates in the demo data as it would in life.
 */
public final class MarketAverages {

    private static final int FIRST_YEAR = 2012;
    private static final double[] YEARLY = {3.66, 3.98, 4.17, 3.85, 3.65, 3.99, 4.54, 3.94};
    private static final int FIRST_QUARTERLY_YEAR = 2020;
    private static final double[][] QUARTERLY = {
        {3.50, 3.20, 2.95, 2.80}, // 2020
        {2.85, 3.05, 2.90, 3.10}, // 2021
        {3.80, 5.30, 5.60, 6.70}, // 2022
        {6.40, 6.50, 7.00, 7.30}, // 2023
        {6.80, 7.00, 6.50, 6.60}, // 2024
        {6.90, 6.80, 6.50, 6.30}, // 2025
        {6.25, 6.30, 6.30, 6.30}, // 2026
    };

    private MarketAverages() {
    }

    /** The average of the day's quarter (or year, before 2020); the last known quarter after the table ends. */
    public static double thirtyYearFixed(LocalDate day) {
        int year = day.getYear();
        if (year < FIRST_QUARTERLY_YEAR) {
            return YEARLY[Math.clamp(year - FIRST_YEAR, 0, YEARLY.length - 1)];
        }
        return quarter((year - FIRST_QUARTERLY_YEAR) * 4 + (day.getMonthValue() - 1) / 3);
    }

    /** The average of the n-th quarter since 2020 Q1 (clamped to the table). */
    public static double quarter(int index) {
        int i = Math.clamp(index, 0, QUARTERLY.length * 4 - 1);
        return QUARTERLY[i / 4][i % 4];
    }
}
