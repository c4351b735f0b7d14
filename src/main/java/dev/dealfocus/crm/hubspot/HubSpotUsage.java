package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.crm.shared.DailyAllowance;
import dev.dealfocus.crm.shared.Headers;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Learns how much of the account's daily limit is used from HubSpot's own answers: the
 * {@code X-HubSpot-RateLimit-Daily} and {@code -Daily-Remaining} headers on most answers (not on
 * searches, not for OAuth tokens), and the daily usage endpoint
 * ({@code GET /account-info/2026-03/api-usage/daily/private-apps}, schema {@code ApiUsage}) where the
 * headers are missing. The count resets at midnight in the account's time zone (facts A7).
 */
final class HubSpotUsage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DailyAllowance allowance;
    private final ZoneId accountZone;
    private final Clock clock;

    HubSpotUsage(DailyAllowance allowance, ZoneId accountZone, Clock clock) {
        this.allowance = allowance;
        this.accountZone = accountZone;
        this.clock = clock;
    }

    /** Reads the daily headers of any answer; an answer without them changes nothing. */
    void observe(Map<String, String> headers) {
        Long limit = number(Headers.get(headers, "X-HubSpot-RateLimit-Daily"));
        Long remaining = number(Headers.get(headers, "X-HubSpot-RateLimit-Daily-Remaining"));
        if (limit != null && remaining != null) {
            allowance.observe(limit - remaining, limit, nextMidnight());
        }
    }

    DailyAllowance.Usage current() {
        return allowance.current();
    }

    /** Whether a usage count is in force (else a run asks the usage endpoint before it reads). */
    boolean known() {
        return allowance.current() != null;
    }

    /** Reads the daily usage endpoint's answer: the first count HubSpot could fetch. */
    void observeUsageApi(String body) {
        try {
            observeUsageApi(JSON.readTree(body));
        } catch (IOException e) {
            // an unreadable answer teaches nothing; the headers still count
        }
    }

    void observeUsageApi(JsonNode answer) {
        for (JsonNode usage : answer.path("results")) {
            String status = usage.path("fetchStatus").asText("");
            if (usage.path("usageLimit").isNumber() && !status.equals("FAILURE") && !status.equals("NOTFOUND")) {
                allowance.observe(usage.path("currentUsage").asLong(), usage.path("usageLimit").asLong(),
                        instant(usage.path("resetsAt").asText(null)));
                return;
            }
        }
    }

    private Instant nextMidnight() {
        LocalDate today = LocalDate.now(clock.withZone(accountZone));
        return today.plusDays(1).atStartOfDay(accountZone).toInstant();
    }

    private Instant instant(String text) {
        try {
            return text == null ? nextMidnight() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return nextMidnight();
        }
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
