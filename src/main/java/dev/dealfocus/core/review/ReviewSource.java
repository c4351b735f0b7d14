package dev.dealfocus.core.review;

import java.time.Instant;

/** The store's facts for a review: no CRM call. */
public interface ReviewSource {
    /**
     * The managed deals, the applied runs' journal lines in [from, to), each deal's last journaled score
     * before {@code from}, the deals first journaled in [from, to), and the status changes of a run the
     * safety cap held that no applied scan has followed.
     */
    ReviewInputs inputs(Instant from, Instant to);

    /** The managed deals as their latest assessments left them. */
    java.util.List<ReviewInputs.Deal> managedDeals();

    /** Of these deals, the ones that left because they were closed in the CRM, as their last assessments left them. */
    java.util.List<ReviewInputs.Deal> closedInCrm(java.util.Collection<String> dealIds);
}
