package dev.dealfocus.core.customer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A measurable remediation goal, from a template per sign (issue 14, item 3), measured at the end review from
 * the same signs: overdue invoices paid, visible weekly use, no new escalation for four weeks, change requests
 * back under the threshold, no delay, and, where fewer than two signs gave a goal, no sign turning RED.
 */
public record Goal(Code code, LocalDate by) {
    /** The goal templates. */
    public enum Code {
        OVERDUE_PAID(SignalKind.PAYMENT),
        WEEKLY_USAGE(SignalKind.USAGE),
        NO_NEW_ESCALATION(SignalKind.ESCALATIONS),
        FEWER_CHANGE_REQUESTS(SignalKind.CHANGE_REQUESTS),
        NO_DELAY(SignalKind.DELAYS),
        NO_NEW_RED(null);

        private final SignalKind sign;

        Code(SignalKind sign) {
            this.sign = sign;
        }

        /** The sign the goal is measured by, or null for one measured by all of them. */
        public SignalKind sign() {
            return sign;
        }

        static Code of(SignalKind kind) {
            for (Code c : values()) {
                if (c.sign == kind) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no goal for " + kind);
        }
    }

    /** How a goal stands when measured. */
    public enum Result { MET, UNMET, UNKNOWN }

    public Goal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(by, "by");
    }
}
