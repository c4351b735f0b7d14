package dev.dealfocus.crm.shared;

import dev.dealfocus.core.port.CrmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The CRM's daily request limit is the whole account's, shared with every other integration, so
 * DealFocus stops before it has used {@code share} of it rather than when it is gone. Usage is learnt
 * from the CRM's own answers (headers or a usage endpoint). An observation is forgotten when the CRM
 * said the count resets, or after {@code staleAfter} when it did not say (a rolling 24-hour limit):
 * a stopped run makes no calls that could refresh it, so the next run must be allowed to look again.
 */
public final class DailyAllowance {
    /** What the CRM last said: requests used today out of the limit, and when the count resets (or null). */
    public record Usage(long used, long limit, Instant observedAt, Instant resetsAt) {
    }

    private final String crm;
    private final double share;
    private final Duration staleAfter;
    private final Clock clock;
    private volatile Usage last;

    public DailyAllowance(String crm, double share, Duration staleAfter, Clock clock) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("the daily share must be above 0 and at most 1, was " + share);
        }
        this.crm = crm;
        this.share = share;
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    /** Records what the CRM said; a limit of 0 or less (unknown) is ignored. */
    public void observe(long used, long limit, Instant resetsAt) {
        if (limit > 0) {
            last = new Usage(Math.max(0, used), limit, clock.instant(), resetsAt);
        }
    }

    /** Throws {@link CrmException.Kind#QUOTA_EXHAUSTED} when DealFocus's share of the day is used. */
    public void check() {
        Usage usage = current();
        if (usage != null && usage.used() >= allowed(usage)) {
            throw new CrmException(CrmException.Kind.QUOTA_EXHAUSTED, String.format(
                    "%s's daily API limit is %d%% used (%d of %d); DealFocus stops at %d%% to leave the rest to the"
                            + " account's other integrations.", crm, Math.round(100.0 * usage.used() / usage.limit()),
                    usage.used(), usage.limit(), Math.round(share * 100)));
        }
    }

    /** The latest usage still in force, or {@code null}. */
    public Usage current() {
        Usage usage = last;
        if (usage == null) {
            return null;
        }
        Instant now = clock.instant();
        boolean reset = usage.resetsAt() != null ? !now.isBefore(usage.resetsAt())
                : !now.isBefore(usage.observedAt().plus(staleAfter));
        return reset ? null : usage;
    }

    private long allowed(Usage usage) {
        return (long) Math.floor(usage.limit() * share);
    }
}
