package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.OwnKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the engagements of the deals whose roll-ups DealFocus cannot read alone ({@link RollUps}):
 * for each engagement type one associations batch read (1,000 deals a call), then batch reads of the
 * engagements themselves (100 a call). DealFocus's own notes and tasks are told by the key they carry
 * ({@code dealfocus_key} or the body marker, {@link WriteBodies}); everything else is people's.
 */
final class HubSpotEngagements {
    private static final Set<String> NOT_HELD = Set.of("COMPLETED", "NO_SHOW", "CANCELED");

    /** An engagement type: its object name, the core's activity type, and the properties read. */
    private enum Kind {
        TASKS("tasks", ActivityType.TASK, "hs_timestamp", "hs_task_status", "hs_createdate", WriteBodies.KEY_PROPERTY, "hs_task_body"),
        MEETINGS("meetings", ActivityType.MEETING, "hs_timestamp", "hs_meeting_start_time", "hs_meeting_outcome", "hs_createdate"),
        NOTES("notes", ActivityType.NOTE, "hs_timestamp", "hs_createdate", WriteBodies.KEY_PROPERTY, "hs_note_body"),
        CALLS("calls", ActivityType.CALL, "hs_timestamp", "hs_createdate"),
        EMAILS("emails", ActivityType.EMAIL, "hs_timestamp", "hs_createdate");

        final String object;
        final ActivityType type;
        final List<String> properties;

        Kind(String object, ActivityType type, String... properties) {
            this.object = object;
            this.type = type;
            this.properties = List.of(properties);
        }
    }

    private final HubSpotHttp http;
    private final HubSpotAssociations associations;
    private final String version;

    HubSpotEngagements(HubSpotHttp http, HubSpotAssociations associations, String version) {
        this.http = http;
        this.associations = associations;
        this.version = version;
    }

    /** Every engagement of each deal, as activities; every deal id is a key. */
    Map<String, List<Activity>> read(Collection<String> dealIds, ApiCalls calls) {
        Map<String, List<Activity>> byDeal = new LinkedHashMap<>();
        dealIds.forEach(id -> byDeal.put(id, new ArrayList<>()));
        for (Kind kind : Kind.values()) {
            Map<String, List<String>> linked = associations.read("deals", kind.object, dealIds, calls);
            Map<String, Activity> read = readAll(kind, linked.values().stream().flatMap(List::stream).distinct().toList(), calls);
            linked.forEach((deal, ids) -> ids.stream().map(read::get).filter(a -> a != null)
                    .forEach(byDeal.computeIfAbsent(deal, k -> new ArrayList<>())::add));
        }
        return byDeal;
    }

    /**
     * DealFocus's own notes and tasks on these deals (or companies: {@code fromObject}), read through their
     * associations (never a search, whose index lags behind a create): the record id of each, by idempotency key.
     */
    Map<String, String> ownRecords(String fromObject, Collection<String> ids, boolean notes, boolean tasks, ApiCalls calls) {
        Map<String, String> byKey = new HashMap<>();
        for (Kind kind : List.of(Kind.NOTES, Kind.TASKS)) {
            if (kind == Kind.NOTES ? !notes : !tasks) {
                continue;
            }
            List<String> found = associations.read(fromObject, kind.object, ids, calls).values().stream()
                    .flatMap(List::stream).distinct().toList();
            http.readBatches(version, kind.object, kind.properties, found, "look up DealFocus's " + kind.object, calls, e -> {
                OwnKey own = ownKey(kind, e.path("properties"));
                if (own != null) {
                    byKey.put(own.key(), e.path("id").asText());
                }
            });
        }
        return byKey;
    }

    private Map<String, Activity> readAll(Kind kind, List<String> ids, ApiCalls calls) {
        Map<String, Activity> read = new HashMap<>();
        http.readBatches(version, kind.object, kind.properties, ids, "read the deals' " + kind.object, calls, e -> {
            Activity activity = activity(kind, e);
            if (activity != null) {
                read.put(activity.id(), activity);
            }
        });
        return read;
    }

    private static Activity activity(Kind kind, JsonNode e) {
        JsonNode p = e.path("properties");
        Instant at = RollUps.instant(kind == Kind.MEETINGS && p.hasNonNull("hs_meeting_start_time")
                ? p.path("hs_meeting_start_time").asText() : p.path("hs_timestamp").asText(null));
        Instant created = RollUps.instant(p.path("hs_createdate").asText(e.path("createdAt").asText(null)));
        if (at == null || created == null) {
            return null; // an engagement with no date cannot be a step or a touch
        }
        boolean open = switch (kind) {
            case TASKS -> !"COMPLETED".equals(p.path("hs_task_status").asText(""));
            case MEETINGS -> !NOT_HELD.contains(p.path("hs_meeting_outcome").asText(""));
            default -> false;
        };
        return new Activity(e.path("id").asText(), kind.type, created, at, open, ownKind(kind, p));
    }

    /** What DealFocus wrote, for its own notes and tasks; {@code null} for people's. */
    private static WrittenKind ownKind(Kind kind, JsonNode p) {
        if (kind != Kind.TASKS && kind != Kind.NOTES) {
            return null;
        }
        OwnKey own = ownKey(kind, p);
        if (own == null) {
            return null;
        }
        // DealFocus's record with a kind it no longer knows: never a person's, never a task it manages
        return own.kind() != null ? own.kind() : WrittenKind.NOTE;
    }

    private static OwnKey ownKey(Kind kind, JsonNode p) {
        OwnKey own = OwnKey.parse(p.path(WriteBodies.KEY_PROPERTY).asText(null));
        return own != null ? own : WriteBodies.keyInBody(p.path(kind == Kind.TASKS ? "hs_task_body" : "hs_note_body").asText(null));
    }
}
