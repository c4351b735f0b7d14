package dev.dealfocus.store;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.HumanHold;
import dev.dealfocus.core.decision.PreviousDecision;
import dev.dealfocus.core.decision.Signal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A deal's memory as the store keeps it: a versioned JSON object of the store's own, so a rename in the
 * core never breaks what is stored. Version 0 is what stores kept before it had a version: the core's
 * record as Jackson wrote it.
 */
final class MemoryCodec {
    static final int VERSION = 1;

    private MemoryCodec() {
    }

    static Map<String, Object> encode(PreviousDecision p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("v", VERSION);
        out.put("shownStatus", name(p.status()));
        out.put("shownStage", p.stage());
        out.put("inputHash", p.inputHash());
        out.put("readAt", p.readAt().toString());
        out.put("decidedStatus", name(p.decidedStatus()));
        out.put("decidedOn", text(p.decidedOn()));
        out.put("decisionWritten", p.decisionWritten());
        out.put("lastEventOn", text(p.lastEventOn()));
        out.put("reengageOn", text(p.reengageOn()));
        Map<String, String> signals = new LinkedHashMap<>();
        p.signalsSince().forEach((s, d) -> signals.put(s.name(), d.toString()));
        out.put("signalsSince", signals);
        if (p.hold() != null) {
            Map<String, Object> hold = new LinkedHashMap<>();
            hold.put("status", name(p.hold().status()));
            hold.put("cleared", p.hold().cleared());
            hold.put("stage", p.hold().stage());
            hold.put("since", p.hold().since().toString());
            out.put("hold", hold);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static PreviousDecision decode(Map<String, Object> in) {
        boolean legacy = !in.containsKey("v");
        Status shown = status(in.get(legacy ? "status" : "shownStatus"));
        LocalDate decidedOn = date(in.get("decidedOn"));
        Map<Signal, LocalDate> signals = new EnumMap<>(Signal.class);
        ((Map<String, String>) in.getOrDefault("signalsSince", Map.of()))
                .forEach((s, d) -> signals.put(Signal.valueOf(s), LocalDate.parse(d)));
        Map<String, Object> hold = (Map<String, Object>) in.get("hold");
        return new PreviousDecision(shown, (String) in.get(legacy ? "stage" : "shownStage"), (String) in.get("inputHash"),
                Instant.parse((String) in.get(legacy ? "assessedAt" : "readAt")),
                legacy ? shown : status(in.get("decidedStatus")), decidedOn,
                legacy || Boolean.TRUE.equals(in.get("decisionWritten")), date(in.get("lastEventOn")),
                date(in.get("reengageOn")), signals, hold == null ? null : new HumanHold(status(hold.get("status")),
                Boolean.TRUE.equals(hold.get("cleared")), (String) hold.get("stage"), date(hold.get("since"))));
    }

    private static String name(Status status) {
        return status == null ? null : status.name();
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static Status status(Object value) {
        return value == null ? null : Status.valueOf((String) value);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }
}
