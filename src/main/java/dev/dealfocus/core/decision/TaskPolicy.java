package dev.dealfocus.core.decision;

/**
 * When DealFocus's follow-up tasks fall due, in days from the decision (moved to a business day).
 *
 * @param reengageDays         the re-engagement check for PARKED and CLOSED deals (60-90 days out)
 * @param nurtureDays          the next nurture touch for NURTURE deals with consent
 * @param scheduleNextStepDays "schedule the next step" for ACTIVE deals without one
 */
public record TaskPolicy(int reengageDays, int nurtureDays, int scheduleNextStepDays) {
    public static final TaskPolicy DEFAULT = new TaskPolicy(90, 30, 2);

    public TaskPolicy {
        if (reengageDays < 1 || nurtureDays < 1 || scheduleNextStepDays < 0) {
            throw new IllegalArgumentException("task days must be positive");
        }
    }
}
