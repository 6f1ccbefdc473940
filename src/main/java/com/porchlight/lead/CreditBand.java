package com.porchlight.lead;

/** Credit bands as lenders price them: EXCELLENT ≥ 740, GOOD 680–739, FAIR 620–679, POOR below 620. */
public enum CreditBand {
    EXCELLENT("Excellent (740+)", 740),
    GOOD("Good (680–739)", 680),
    FAIR("Fair (620–679)", 620),
    POOR("Poor (below 620)", 300);

    public static final int MIN_SCORE = 300;
    public static final int MAX_SCORE = 850;

    private final String label;
    private final int lowestScore;

    CreditBand(String label, int lowestScore) {
        this.label = label;
        this.lowestScore = lowestScore;
    }

    public String label() {
        return label;
    }

    public int lowestScore() {
        return lowestScore;
    }

    public static CreditBand of(int score) {
        if (score >= 740) {
            return EXCELLENT;
        }
        if (score >= 680) {
            return GOOD;
        }
        if (score >= 620) {
            return FAIR;
        }
        return POOR;
    }
}
