package dev.dealfocus.config;

import dev.dealfocus.crm.shared.CrmCalls;
import java.time.Duration;

/** The call policy every real CRM adapter shares, from {@code dealfocus.crm.retry.*}, naming the key of a bad setting. */
final class CallPolicyWiring {
    private CallPolicyWiring() {
    }

    /** The call policy of every real CRM, {@code dealfocus.crm.retry.*}. */
    static CrmCalls.Settings retry(DealFocusConfig config) {
        DealFocusConfig.Retry r = config.crm().retry();
        Problems problems = new Problems();
        if (r.attempts() < 1 || r.attempts() > 20) {
            problems.add("dealfocus.crm.retry.attempts", r.attempts(), "use 1 to 20");
        }
        if (r.breakerThreshold() < 1) {
            problems.add("dealfocus.crm.retry.breaker-threshold", r.breakerThreshold(), "use at least 1");
        }
        if (r.firstBackoff().isNegative() || r.maxBackoff().compareTo(r.firstBackoff()) < 0) {
            problems.add("dealfocus.crm.retry.max-backoff", r.maxBackoff(), "use at least first-backoff (" + r.firstBackoff() + ")");
        }
        problems.throwIfAny();
        return new CrmCalls.Settings(r.attempts(), r.firstBackoff(), r.maxBackoff(), Duration.ofSeconds(10),
                r.breakerThreshold(), r.breakerOpenFor());
    }

}
