package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.scoring.DimensionScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One human sentence per reason, in checkable criteria. These English sentences are the journal's
 * and the API's; the CRM note renders its own, localised text from the same codes.
 */
final class ReasonTexts {
    private ReasonTexts() {
    }

    static Reason expired(ExpiryView expiry, int days) {
        return new Reason(ReasonCode.EXPIRED, "No dated next step since " + expiry.anchor() + ": more than "
                + days + " days, expired after " + expiry.expiresOn() + ".",
                Map.of("since", expiry.anchor().toString(), "days", String.valueOf(days),
                        "expiredAfter", expiry.expiresOn().toString()));
    }

    static Reason signals(Set<Signal> persistent) {
        String list = persistent.stream().sorted().map(Signal::description).collect(Collectors.joining(", "));
        return new Reason(ReasonCode.SIGNALS, persistent.size() + " early-warning signals persist: " + list + ".",
                Map.of("signals", persistent.stream().sorted().map(Signal::name).collect(Collectors.joining(","))));
    }

    static Reason lowValue(ValueView value, BigDecimal factor) {
        return new Reason(ReasonCode.LOW_VALUE_PER_HOUR, "Value per hour " + money(value.perHour()) + " "
                + value.currency() + " is under " + percent(factor) + " of the team median of "
                + money(value.teamMedian()) + " " + value.currency() + ".",
                Map.of("perHour", money(value.perHour()), "median", money(value.teamMedian()),
                        "currency", value.currency(), "factor", factor.toPlainString()));
    }

    static Reason band(int score, Status band, Bands bands) {
        int threshold = band == Status.NURTURE ? bands.activeMin() : bands.nurtureMin();
        String next = band == Status.NURTURE ? "ACTIVE" : "NURTURE";
        return new Reason(ReasonCode.BAND, "Score " + score + " is below the " + next + " threshold of " + threshold + ".",
                Map.of("score", String.valueOf(score), "threshold", String.valueOf(threshold), "next", next));
    }

    static Reason qualifying(LocalDate today, LocalDate graceEndsOn) {
        return new Reason(ReasonCode.QUALIFYING, "A young deal: until " + graceEndsOn.minusDays(1)
                + " it has time to be qualified, and neither its score nor missing answers park it.",
                Map.of("until", graceEndsOn.minusDays(1).toString()));
    }

    static Reason noNewEvent(Status held, LocalDate since) {
        return new Reason(ReasonCode.NO_NEW_EVENT, held + " since " + since
                + "; it stays so until a new event: changed facts, a new meeting or a new decision date.",
                Map.of("status", held.name(), "since", since.toString()));
    }

    static Reason humanEdit(HumanHold hold, Status rules) {
        if (hold.cleared()) {
            return new Reason(ReasonCode.HUMAN_EDIT, "A person cleared the status on " + hold.since()
                    + "; DealFocus leaves it empty until a new event (the rules alone say " + rules + ").",
                    Map.of("cleared", "true", "since", hold.since().toString(), "rules", String.valueOf(rules)));
        }
        return new Reason(ReasonCode.HUMAN_EDIT, "A person set the status to " + hold.status() + " on " + hold.since()
                + "; DealFocus keeps it until a new event (the rules alone say " + rules + ").",
                Map.of("status", hold.status().name(), "since", hold.since().toString(), "rules", String.valueOf(rules)));
    }

    static Reason insufficient(long known) {
        return new Reason(ReasonCode.INSUFFICIENT_DATA, "Only " + known
                + " of 5 qualification questions are answered; the status stays as it is until at least 3 are.",
                Map.of("known", String.valueOf(known)));
    }

    static Reason missing(DimensionScore unknown) {
        return new Reason(ReasonCode.missing(unknown.dimension()), unknown.evidence() + ".",
                Map.of("dimension", unknown.dimension().name()));
    }

    static Reason closeAfterReengage(LocalDate reengageOn) {
        return new Reason(ReasonCode.CLOSE_RECOMMENDED, "Parked, and the re-engagement date " + reengageOn
                + " passed without a new event: closing is recommended (auto-close is off).",
                Map.of("reengageOn", reengageOn.toString()));
    }

    static Reason closedAfterReengage(LocalDate parkedOn, LocalDate reengageOn) {
        return new Reason(ReasonCode.NO_NEW_EVENT, "Parked since " + parkedOn + ", and the re-engagement date "
                + reengageOn + " passed without a new event: closed.",
                Map.of("status", "CLOSED", "since", parkedOn.toString(), "reengageOn", reengageOn.toString()));
    }

    static Reason closeExpired() {
        return new Reason(ReasonCode.CLOSE_RECOMMENDED,
                "Expired, and expired deals are to be closed: closing is recommended (auto-close is off).",
                Map.of("expired", "true"));
    }

    static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + " %";
    }
}
