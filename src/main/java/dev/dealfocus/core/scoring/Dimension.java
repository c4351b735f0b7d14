package dev.dealfocus.core.scoring;

/** The five qualification questions, each worth 0-20 points (domain.md section 1). */
public enum Dimension {
    PROBLEM("Problem"),
    DECISION_MAKER("Decision maker"),
    TIMELINE("Timeline"),
    BUDGET("Budget"),
    FIT("Fit");

    public static final int MAX_POINTS = 20;

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
