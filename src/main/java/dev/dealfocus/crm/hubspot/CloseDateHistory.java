package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.CloseDatePushes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each deal's close date was moved later, from the property's history (a batch read with
 * {@code propertiesWithHistory: ["closedate"]}, spec {@code ValueWithTimestamp}: value, timestamp,
 * sourceType). One call per 100 deals assessed; switched off by config it costs nothing and every
 * deal counts 0 pushes. Only moves to a later day count; clearing or setting a first date does not.
 */
final class CloseDateHistory {
    static final String CLOSE_DATE = "closedate";

    private final HubSpotHttp http;
    private final String version;
    private final CloseDatePushes known = new CloseDatePushes();

    CloseDateHistory(HubSpotHttp http, String version) {
        this.http = http;
        this.version = version;
    }

    /** Pushes by deal id; a deal without history counts 0. */
    Map<String, Integer> pushes(List<String> dealIds, ApiCalls calls) {
        Map<String, String> unknown = new HashMap<>();
        dealIds.forEach(id -> unknown.put(id, null));
        return pushes(unknown, calls);
    }

    /**
     * Pushes by deal id, given each deal's close date as just read. A close date's history only grows when
     * the date changes, so a deal whose date is the one seen at its last history read keeps its count
     * without a call; the others are read, 100 a call. Kept in memory: after a restart every deal is read.
     */
    Map<String, Integer> pushes(Map<String, String> closeDates, ApiCalls calls) {
        Map<String, Integer> pushes = new HashMap<>();
        List<String> read = new ArrayList<>();
        closeDates.forEach((id, date) -> {
            Integer count = known.known(id, date);
            if (count != null) {
                pushes.put(id, count);
            } else {
                read.add(id);
            }
        });
        http.readBatches(version, "deals", List.of(CLOSE_DATE), List.of(CLOSE_DATE), read, "read close-date history", calls, deal -> {
            String id = deal.path("id").asText();
            int count = count(deal.path("propertiesWithHistory").path(CLOSE_DATE));
            pushes.put(id, count);
            known.remember(id, closeDates.get(id), count);
        });
        return pushes;
    }

    /** Moves to a later day, oldest change first, whatever order HubSpot lists them in. */
    static int count(JsonNode history) {
        List<JsonNode> changes = new ArrayList<>();
        history.forEach(changes::add);
        changes.sort(Comparator.comparing(c -> c.path("timestamp").asText("")));
        return CloseDatePushes.count(changes.stream().map(c -> day(c.path("value").asText(null))).toList());
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            Instant instant = RollUps.instant(value);
            return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate();
        }
    }
}
