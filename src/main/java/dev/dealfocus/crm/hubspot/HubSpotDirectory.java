package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The account and its people: the portal (spec {@code PortalInformationResponse}: portal id, company
 * currency, time zone) and the owners with their primary team (spec {@code PublicOwner}, {@code teams}),
 * since the primary team is the group whose median a deal is compared with.
 */
final class HubSpotDirectory {
    /** Owners asked for per page; the spec states no maximum, 100 is what HubSpot's other list endpoints allow. */
    static final int OWNER_PAGE = 100;

    /** The portal DealFocus talks to. */
    record Portal(String id, String companyCurrency, ZoneId timeZone) {
    }

    /** A deal owner and the primary team, or {@code null} when the owner is in no team. */
    record Owner(String id, String email, String primaryTeamId) {
    }

    private final HubSpotHttp http;
    private final String version;

    HubSpotDirectory(HubSpotHttp http, String version) {
        this.http = http;
        this.version = version;
    }

    Portal portal(ApiCalls calls) {
        JsonNode details = http.send(Lane.GENERAL, "read the account details", calls, api -> api.account(version));
        ZoneId zone;
        try {
            zone = ZoneId.of(details.path("timeZone").asText("UTC"));
        } catch (DateTimeException e) {
            zone = ZoneId.of("UTC"); // a zone name Java does not know: UTC, and the configured zone decides dates
        }
        return new Portal(details.path("portalId").asText(), details.path("companyCurrency").asText(null), zone);
    }

    /** Every active owner by id, all pages read. */
    Map<String, Owner> owners(ApiCalls calls) {
        Map<String, Owner> owners = new HashMap<>();
        String after = null;
        do {
            String cursor = after;
            JsonNode page = http.send(Lane.GENERAL, "read the owners", calls, api -> api.owners(version, OWNER_PAGE, cursor, false));
            for (JsonNode owner : page.path("results")) {
                owners.put(owner.path("id").asText(), new Owner(owner.path("id").asText(), owner.path("email").asText(null),
                        primaryTeam(owner.path("teams"))));
            }
            after = page.path("paging").path("next").path("after").asText(null);
        } while (after != null && !after.isEmpty());
        return owners;
    }

    private static String primaryTeam(JsonNode teams) {
        for (JsonNode team : teams) {
            if (team.path("primary").asBoolean(false)) {
                return team.path("id").asText();
            }
        }
        return null;
    }
}
