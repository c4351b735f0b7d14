package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.crm.shared.RequestBudget.Lane;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the deals' contacts in batches of 100 ({@code POST /crm/objects/{version}/contacts/batch/read},
 * spec {@code BatchReadInputSimplePublicObjectId}): the buying role ({@code hs_buying_role}, several
 * roles as {@code A;B}) and the email opt-out ({@code hs_email_optout}, "unsubscribed from all email").
 * HubSpot has no explicit opt-in flag on the contact, so a contact that has not opted out is of
 * unknown consent, and nurture emails are never suggested on HubSpot's word alone.
 */
final class HubSpotContacts {
    static final int BATCH = 100;
    static final String BUYING_ROLE = "hs_buying_role";
    static final String OPT_OUT = "hs_email_optout";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HubSpotHttp http;
    private final String version;

    HubSpotContacts(HubSpotHttp http, String version) {
        this.http = http;
        this.version = version;
    }

    /** The contacts by id; ids HubSpot does not know (deleted since) are absent. */
    Map<String, Contact> read(Collection<String> ids, ApiCalls calls) {
        List<String> all = new ArrayList<>(ids.stream().distinct().toList());
        Map<String, Contact> contacts = new HashMap<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            ObjectNode body = NODES.objectNode();
            body.putArray("properties").add(BUYING_ROLE).add(OPT_OUT);
            body.putArray("propertiesWithHistory");
            all.subList(i, Math.min(all.size(), i + BATCH)).forEach(id -> body.withArray("inputs").addObject().put("id", id));
            JsonNode answer = http.send(Lane.GENERAL, "read the deals' contacts", calls,
                    api -> api.batchRead(version, "contacts", false, body));
            for (JsonNode c : answer.path("results")) {
                JsonNode p = c.path("properties");
                String role = p.path(BUYING_ROLE).asText("");
                Consent consent = "true".equalsIgnoreCase(p.path(OPT_OUT).asText("")) ? Consent.OPTED_OUT : Consent.UNKNOWN;
                contacts.put(c.path("id").asText(), new Contact(c.path("id").asText(), role.isBlank() ? null : role, consent));
            }
        }
        return contacts;
    }
}
