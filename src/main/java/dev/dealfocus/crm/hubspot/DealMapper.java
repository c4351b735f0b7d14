package dev.dealfocus.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealFocusFields;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Money;
import dev.dealfocus.core.port.ReadSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a HubSpot deal (search or batch read result: {@code id}, {@code properties}) into the core's
 * snapshot. HubSpot sends every requested property, {@code null} when empty (facts A1); values are text.
 */
final class DealMapper {
    /** The standard deal properties every read asks for, beside the read spec's and DealFocus's own. */
    static final List<String> STANDARD = List.of("dealname", "pipeline", "dealstage", "hubspot_owner_id", "createdate",
            "amount", "deal_currency_code", "hs_deal_stage_probability", "closedate", "hs_is_closed",
            "hs_is_closed_won", "hs_lastmodifieddate", "hs_object_id", "hs_merged_object_ids", RollUps.LAST_ACTIVITY, RollUps.NEXT_ACTIVITY);

    /** What the snapshot needs beside the deal itself. */
    record Context(Map<String, HubSpotDirectory.Owner> owners, String companyCurrency, ZoneId zone,
                   Map<DealField, String> fieldProperties) {
        String property(DealField field) {
            return fieldProperties.getOrDefault(field, field.property());
        }
    }

    private DealMapper() {
    }

    /** Every property a read asks for, standard ones first, each once. */
    static List<String> properties(ReadSpec spec, Context context) {
        Set<String> properties = new LinkedHashSet<>(STANDARD);
        for (DealField field : DealField.values()) {
            properties.add(context.property(field));
        }
        properties.addAll(spec.properties());
        return List.copyOf(properties);
    }

    static boolean closed(JsonNode deal) {
        return "true".equalsIgnoreCase(text(deal, "hs_is_closed"));
    }

    /** Whether a closed deal was won ({@code hs_is_closed_won}, "true"/"false" as text), null when HubSpot did not say. */
    static Boolean won(JsonNode deal) {
        String won = text(deal, "hs_is_closed_won");
        return won == null ? null : "true".equalsIgnoreCase(won);
    }

    /** What DealFocus's own fields show now. */
    static DealFocusFields shown(JsonNode deal, Context context) {
        Map<DealField, String> values = new EnumMap<>(DealField.class);
        for (DealField field : DealField.values()) {
            String value = text(deal, context.property(field));
            if (value != null) {
                values.put(field, value);
            }
        }
        return new DealFocusFields(values);
    }

    /**
     * @param activities people's and DealFocus's activity as read (roll-ups or engagements)
     * @param pushes     close-date pushes, 0 when history is not read
     */
    static DealSnapshot snapshot(JsonNode deal, Context context, ReadSpec spec, List<Contact> contacts,
                                 List<Activity> activities, int pushes) {
        String ownerId = text(deal, "hubspot_owner_id");
        HubSpotDirectory.Owner owner = ownerId == null ? null : context.owners().get(ownerId);
        Map<String, String> properties = new HashMap<>();
        for (String name : spec.properties()) {
            String value = text(deal, name);
            if (value != null) {
                properties.put(name, value);
            }
        }
        Instant created = RollUps.instant(text(deal, "createdate"));
        if (created == null) {
            created = RollUps.instant(deal.path("createdAt").asText(null));
        }
        if (created == null) {
            throw new IllegalArgumentException("no creation date");
        }
        return new DealSnapshot(deal.path("id").asText(), text(deal, "dealname"),
                text(deal, "pipeline") == null ? "default" : text(deal, "pipeline"), text(deal, "dealstage"), ownerId,
                owner == null ? null : owner.primaryTeamId(), created, money(deal, context),
                decimal(text(deal, "hs_deal_stage_probability")), day(text(deal, "closedate"), context.zone()), pushes,
                properties, contacts, new ArrayList<>(activities), shown(deal, context));
    }

    private static Money money(JsonNode deal, Context context) {
        BigDecimal amount = decimal(text(deal, "amount"));
        String currency = text(deal, "deal_currency_code") != null ? text(deal, "deal_currency_code") : context.companyCurrency();
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date property (midnight UTC as HubSpot stores it) or a datetime, as the day in the portal's zone. */
    private static LocalDate day(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10) {
            return LocalDate.parse(text);
        }
        Instant instant = RollUps.instant(text);
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    static String text(JsonNode deal, String property) {
        JsonNode value = deal.path("properties").path(property);
        return value.isNull() || value.isMissingNode() || value.asText().isBlank() ? null : value.asText().trim();
    }
}
