package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The status as it is decided, one step at a time: each step takes a verdict and returns a new one.
 *
 * @param status          the status so far; {@code null} while no rule gives one (a new deal in its grace)
 * @param rulesStatus     what band and rules alone say, before stickiness and human holds
 * @param beforeValueRule the status the team median looks at (section 12, step 6)
 * @param heldSince       the day since which stickiness holds a PARKED or CLOSED deal down, or {@code null}
 * @param value           value per hour, compared with the median once the value rule ran
 * @param hold            the human edit DealFocus keeps, or {@code null}
 * @param settled         insufficient data: no further rule changes the status
 */
record Verdict(Status status, Status rulesStatus, Status beforeValueRule, List<Reason> reasons, LocalDate heldSince,
               ValueView value, HumanHold hold, boolean settled) {
    Verdict {
        reasons = List.copyOf(reasons);
    }

    Verdict withStatus(Status next) {
        return new Verdict(next, rulesStatus, beforeValueRule, reasons, heldSince, value, hold, settled);
    }

    Verdict plus(Reason reason) {
        List<Reason> more = new ArrayList<>(reasons);
        more.add(reason);
        return new Verdict(status, rulesStatus, beforeValueRule, more, heldSince, value, hold, settled);
    }

    Verdict held(Status status, LocalDate since) {
        return new Verdict(status, rulesStatus, beforeValueRule, reasons, since, value, hold, settled);
    }

    Verdict valued(ValueView compared, Status nextRules, Status nextStatus) {
        return new Verdict(nextStatus, nextRules, beforeValueRule, reasons, heldSince, compared, hold, settled);
    }

    Verdict withHold(HumanHold next) {
        return new Verdict(status, rulesStatus, beforeValueRule, reasons, heldSince, value, next, settled);
    }

    /** The reasons in the fixed order of section 12, step 11. */
    List<Reason> sortedReasons() {
        return reasons.stream().sorted(Comparator.comparing(Reason::code)).toList();
    }

    /** The lower of two statuses, where {@code null} (no status yet) gives way to any status. */
    static Status lowest(Status a, Status b) {
        return a == null ? b : b == null ? a : Status.lowest(a, b);
    }
}
