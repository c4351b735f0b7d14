package dev.dealfocus.core.decision;

/**
 * When DealFocus's follow-up tasks fall due, in days from the decision (moved to a business day),
 * and who gets them when a deal has no owner.
 *
 * @param reengageDays         the re-engagement check for PARKED and CLOSED deals (60-90 days out)
 * @param nurtureDays          the nurture touch for NURTURE deals with consent, one per this many days
 * @param scheduleNextStepDays "schedule the next step" for ACTIVE deals without one
 * @param fallbackOwner        the CRM user who gets the tasks of deals without an owner, or {@code null}:
 *                             then such deals get no tasks and the run says so
 */
public record TaskPolicy(int reengageDays, int nurtureDays, int scheduleNextStepDays, String fallbackOwner) {
    public static final TaskPolicy DEFAULT = new TaskPolicy(90, 30, 2, null);

    public TaskPolicy {
        if (reengageDays < 1 || nurtureDays < 1 || scheduleNextStepDays < 0) {
            throw new IllegalArgumentException("task days must be positive");
        }
        fallbackOwner = fallbackOwner == null || fallbackOwner.isBlank() ? null : fallbackOwner.trim();
    }
}
