package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.eaters.EffortActivity;
import dev.dealfocus.core.eaters.HoursSpent;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.OwnKey;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effort that went into deals, for the time-eater list: per engagement type one associations batch
 * read (1,000 deals a call) and batch reads of the engagements (100 a call), asked only for the deals
 * that did not move. Calls count with their {@code hs_call_duration} (milliseconds) unless their status
 * says they never connected; meetings when held ({@code hs_meeting_outcome} COMPLETED, or still SCHEDULED
 * or unset once ended) for the minutes from start to end; emails when sent ({@code hs_email_direction}
 * EMAIL, not INCOMING_EMAIL or FORWARDED_EMAIL); tasks when COMPLETED, at their completion date, and
 * never DealFocus's own (its key on the task). The hours-spent property comes from a batch read of deals
 * with its history.
 */
final class HubSpotEffort {
    /** Call statuses of calls that did not take place (HubSpot calls guide, {@code hs_call_status}). */
    private static final Set<String> NOT_CONNECTED = Set.of("BUSY", "CANCELED", "FAILED", "NO_ANSWER", "CALLING_CRM_USER",
            "CONNECTING", "QUEUED", "RINGING", "IN_PROGRESS");
    private static final Set<String> HELD_OR_UNSET = Set.of("", "COMPLETED", "SCHEDULED");

    private enum Kind {
        CALLS("calls", EffortActivity.Type.CALL, "hs_timestamp", "hs_call_duration", "hs_call_status"),
        MEETINGS("meetings", EffortActivity.Type.MEETING, "hs_timestamp", "hs_meeting_start_time", "hs_meeting_end_time",
                "hs_meeting_outcome"),
        EMAILS("emails", EffortActivity.Type.EMAIL, "hs_timestamp", "hs_email_direction"),
        TASKS("tasks", EffortActivity.Type.TASK, "hs_timestamp", "hs_task_status", "hs_task_completion_date",
                WriteBodies.KEY_PROPERTY, "hs_task_body");

        final String object;
        final EffortActivity.Type type;
        final List<String> properties;

        Kind(String object, EffortActivity.Type type, String... properties) {
            this.object = object;
            this.type = type;
            this.properties = List.of(properties);
        }
    }

    private final HubSpotHttp http;
    private final HubSpotAssociations associations;
    private final String version;
    private final Clock clock;

    HubSpotEffort(HubSpotHttp http, HubSpotAssociations associations, String version, Clock clock) {
        this.http = http;
        this.associations = associations;
        this.version = version;
        this.clock = clock;
    }

    Map<String, List<EffortActivity>> read(Collection<String> dealIds, ApiCalls calls) {
        Map<String, List<EffortActivity>> byDeal = new LinkedHashMap<>();
        if (dealIds.isEmpty()) {
            return byDeal;
        }
        Instant now = clock.instant();
        for (Kind kind : Kind.values()) {
            Map<String, List<String>> linked = associations.read("deals", kind.object, dealIds, calls);
            Map<String, EffortActivity> read = new HashMap<>();
            List<String> ids = linked.values().stream().flatMap(List::stream).distinct().toList();
            http.readBatches(version, kind.object, kind.properties, ids, "read the deals' " + kind.object + " for their effort",
                    calls, e -> read.put(e.path("id").asText(), activity(kind, e.path("properties"), now)));
            linked.forEach((deal, list) -> list.stream().map(read::get).filter(a -> a != null)
                    .forEach(byDeal.computeIfAbsent(deal, k -> new ArrayList<>())::add));
        }
        return byDeal;
    }

    static EffortActivity activity(Kind kind, JsonNode p, Instant now) {
        Instant stamp = RollUps.instant(p.path("hs_timestamp").asText(null));
        switch (kind) {
            case CALLS -> {
                long ms = p.path("hs_call_duration").asLong(-1);
                boolean connected = !NOT_CONNECTED.contains(p.path("hs_call_status").asText(""));
                return new EffortActivity(kind.type, stamp, connected, ms > 0 ? (int) Math.round(ms / 60_000.0) : null, false);
            }
            case MEETINGS -> {
                Instant start = orElse(RollUps.instant(p.path("hs_meeting_start_time").asText(null)), stamp);
                Instant end = RollUps.instant(p.path("hs_meeting_end_time").asText(null));
                String outcome = p.path("hs_meeting_outcome").asText("");
                boolean held = "COMPLETED".equals(outcome)
                        || HELD_OR_UNSET.contains(outcome) && orElse(end, start) != null && !orElse(end, start).isAfter(now);
                Integer minutes = start != null && end != null && end.isAfter(start) ? (int) Duration.between(start, end).toMinutes() : null;
                return new EffortActivity(kind.type, start, held, minutes, false);
            }
            case EMAILS -> {
                return new EffortActivity(kind.type, stamp, "EMAIL".equals(p.path("hs_email_direction").asText("")), null, false);
            }
            default -> {
                OwnKey own = OwnKey.parse(p.path(WriteBodies.KEY_PROPERTY).asText(null));
                boolean ours = own != null || WriteBodies.keyInBody(p.path("hs_task_body").asText(null)) != null;
                Instant done = orElse(RollUps.instant(p.path("hs_task_completion_date").asText(null)), stamp);
                return new EffortActivity(kind.type, done, "COMPLETED".equals(p.path("hs_task_status").asText("")), null, ours);
            }
        }
    }

    /** The property at both ends of [from, to), from its history (a batch read with {@code propertiesWithHistory}). */
    Map<String, HoursSpent> hoursSpent(Collection<String> dealIds, String property, Instant from, Instant to, ApiCalls calls) {
        Map<String, HoursSpent> out = new LinkedHashMap<>();
        http.readBatches(version, "deals", List.of(property), List.of(property), List.copyOf(dealIds),
                "read the hours-spent history", calls, deal -> out.put(deal.path("id").asText(),
                        new HoursSpent(valueAt(deal.path("propertiesWithHistory").path(property), from),
                                valueAt(deal.path("propertiesWithHistory").path(property), to))));
        return out;
    }

    /** The value the property had just before {@code at}: its latest change before then, or null. */
    static BigDecimal valueAt(JsonNode history, Instant at) {
        List<JsonNode> changes = new ArrayList<>();
        history.forEach(changes::add);
        changes.sort(Comparator.comparing(c -> orElse(RollUps.instant(c.path("timestamp").asText(null)), Instant.EPOCH)));
        BigDecimal value = null;
        for (JsonNode c : changes) {
            Instant when = RollUps.instant(c.path("timestamp").asText(null));
            if (when == null || !when.isBefore(at)) {
                break;
            }
            value = number(c.path("value").asText(""));
        }
        return value;
    }

    private static BigDecimal number(String text) {
        try {
            return text.isBlank() ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
