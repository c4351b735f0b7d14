package dev.dealfocus.core.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A RED customer's remediation phase: started the day the light turned RED, a review in the middle and one at
 * the end, two or three goals, and, once measured after the end review, its outcome.
 *
 * @param outcome null while the phase runs
 */
public record Remediation(LocalDate startedOn, LocalDate midReviewOn, LocalDate endReviewOn, List<Goal> goals, Outcome outcome) {
    /** What a measured remediation came to. */
    public enum Outcome {
        /** Every goal met: the light is read from the signs again. */
        SUCCEEDED,
        /** A goal unmet after both reviews: an orderly exit is recommended, never carried out by DealFocus. */
        EXIT_RECOMMENDED,
        /** No goal unmet, but a sign without data: the account owner checks the data; no exit on missing data. */
        UNMEASURED
    }

    public Remediation {
        Objects.requireNonNull(startedOn, "startedOn");
        goals = List.copyOf(goals);
        if (goals.size() < 2 || goals.size() > 3) {
            throw new IllegalArgumentException("a remediation has two or three goals, had " + goals.size());
        }
    }

    Remediation measured(Outcome outcome) {
        return new Remediation(startedOn, midReviewOn, endReviewOn, goals, outcome);
    }
}
