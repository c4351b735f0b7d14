package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.port.ApiCalls;
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
    static final String BUYING_ROLE = "hs_buying_role";
    static final String OPT_OUT = "hs_email_optout";

    private final HubSpotHttp http;
    private final String version;

    HubSpotContacts(HubSpotHttp http, String version) {
        this.http = http;
        this.version = version;
    }

    /** The contacts by id; ids HubSpot does not know (deleted since) are absent. */
    Map<String, Contact> read(Collection<String> ids, ApiCalls calls) {
        Map<String, Contact> contacts = new HashMap<>();
        http.readBatches(version, "contacts", List.of(BUYING_ROLE, OPT_OUT), List.copyOf(ids), "read the deals' contacts", calls, c -> {
            JsonNode p = c.path("properties");
            String role = p.path(BUYING_ROLE).asText("");
            Consent consent = "true".equalsIgnoreCase(p.path(OPT_OUT).asText("")) ? Consent.OPTED_OUT : Consent.UNKNOWN;
            contacts.put(c.path("id").asText(), new Contact(c.path("id").asText(), role.isBlank() ? null : role, consent));
        });
        return contacts;
    }
}
