package dev.dealfocus.testing.hubspot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic portal of {@code open} open deals and some closed ones, as the setup left it: six
 * owners in two teams, answers to the five questions from full to none, one contact per deal with a
 * buying role, and three kinds of recent history in turn: a meeting booked ahead, a call ten days ago
 * and nothing booked, an email 45 days ago and nothing since (these are due to be parked).
 */
public final class SamplePortal {
    public static final int FIRST_ID = 5000;
    public static final int CLOSED = 40;
    private static final List<String> STAGES = List.of("appointmentscheduled", "qualifiedtobuy", "presentationscheduled",
            "decisionmakerboughtin", "contractsent");

    private SamplePortal() {
    }

    public static void seed(HubSpotSimulator portal, Instant now, int open) {
        seed(portal, now, open, false);
    }

    /** @param sameValue every deal in one stage with one amount, so value per hour parks none */
    public static void seed(HubSpotSimulator portal, Instant now, int open, boolean sameValue) {
        for (int o = 1; o <= 6; o++) {
            portal.owner(String.valueOf(200 + o), "rep" + o + "@example.com", o <= 3 ? "10" : "20");
        }
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        for (int i = 0; i < open; i++) {
            String id = String.valueOf(FIRST_ID + i);
            Map<String, String> values = new HashMap<>(Map.of("dealname", "Deal " + i, "hubspot_owner_id", String.valueOf(201 + i % 6),
                    "dealstage", STAGES.get(sameValue ? 2 : i % STAGES.size()),
                    "amount", String.valueOf(sameValue ? 20_000 : 5000 + (i % 17) * 1500),
                    "closedate", today.plusDays(10 + i % 80).toString(), "deal_currency_code", "EUR"));
            values.putAll(answers(i % 4));
            portal.deal(id, now.minus(Duration.ofDays(60 + i % 120)), values);
            portal.contact(String.valueOf(70_000 + i), id, i % 3 == 0 ? "DECISION_MAKER" : "INFLUENCER", false);
            switch (i % 3) {
                case 0 -> {
                    portal.engagement("calls", id, now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(5)), Map.of());
                    portal.engagement("meetings", id, now.plus(Duration.ofDays(7)), now.minus(Duration.ofDays(2)),
                            Map.of("hs_meeting_outcome", "SCHEDULED", "hs_meeting_start_time", now.plus(Duration.ofDays(7)).toString()));
                }
                case 1 -> portal.engagement("calls", id, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(10)), Map.of());
                default -> portal.engagement("emails", id, now.minus(Duration.ofDays(45)), now.minus(Duration.ofDays(45)), Map.of());
            }
        }
        for (int c = 0; c < CLOSED; c++) {
            portal.deal(String.valueOf(FIRST_ID + open + c), now.minus(Duration.ofDays(200)), Map.of("dealname", "Closed " + c,
                    "hs_is_closed", "true", "hs_is_closed_won", String.valueOf(c % 2 == 0), "dealstage", c % 2 == 0 ? "closedwon" : "closedlost",
                    "hubspot_owner_id", "201"));
        }
    }

    /**
     * Customer companies, one for each light and cause, one without usage data and a lead (not a customer), as a
     * portal keeps them: the last login as a date property, invoices with their status, due date and balance, tickets
     * with priority and category; answers the configuration that maps them (login property; escalations, change
     * requests and unpaid invoices counted from records).
     */
    public static Map<String, String> customers(HubSpotSimulator portal, Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        portal.property("companies", "last_login_date", "date");
        portal.company("801", Map.of("name", "Green GmbH", "lifecyclestage", "customer", "hubspot_owner_id", "201",
                "last_login_date", today.minusDays(2).toString()));
        portal.ticket("801", now.minus(Duration.ofDays(3)), Map.of("hs_ticket_priority", "MEDIUM", "hs_ticket_category", "PRODUCT_ISSUE"));
        portal.ticket("801", now.minus(Duration.ofDays(20)), Map.of("hs_ticket_priority", "LOW", "hs_ticket_category", "FEATURE_REQUEST"));
        portal.ticket("801", now.minus(Duration.ofDays(50)), Map.of("hs_ticket_priority", "LOW", "hs_ticket_category", "FEATURE_REQUEST"));
        portal.invoice("801", Map.of("hs_invoice_status", "paid", "hs_due_date", today.minusDays(60).toString(), "hs_balance_due", "0"));
        portal.company("802", Map.of("name", "Yellow AG", "lifecyclestage", "customer", "hubspot_owner_id", "202",
                "last_login_date", today.minusDays(3).toString()));
        portal.invoice("802", Map.of("hs_invoice_status", "open", "hs_due_date", today.minusDays(10).toString(), "hs_balance_due", "500"));
        portal.invoice("802", Map.of("hs_invoice_status", "open", "hs_due_date", today.plusDays(20).toString(), "hs_balance_due", "900"));
        portal.company("803", Map.of("name", "Red KG", "lifecyclestage", "customer", "hubspot_owner_id", "203",
                "last_login_date", today.minusDays(45).toString()));
        portal.ticket("803", now.minus(Duration.ofDays(5)), Map.of("hs_ticket_priority", "HIGH", "hs_ticket_category", "PRODUCT_ISSUE"));
        portal.company("804", Map.of("name", "Quiet Ltd", "lifecyclestage", "customer", "hubspot_owner_id", "204"));
        portal.company("805", Map.of("name", "Lead Inc", "lifecyclestage", "lead", "hubspot_owner_id", "205",
                "last_login_date", today.minusDays(90).toString()));
        portal.company("806", Map.of("name", "Changes GmbH", "lifecyclestage", "customer", "hubspot_owner_id", "206",
                "last_login_date", today.minusDays(1).toString()));
        for (int days : new int[] {10, 40, 80}) {
            portal.ticket("806", now.minus(Duration.ofDays(days)), Map.of("hs_ticket_priority", "LOW", "hs_ticket_category", "FEATURE_REQUEST"));
        }
        portal.ticket("806", now.minus(Duration.ofDays(40)), Map.of("hs_ticket_priority", "URGENT", "hs_ticket_category", "PRODUCT_ISSUE"));
        return Map.of("dealfocus.customers.signals.usage.property", "last_login_date",
                "dealfocus.customers.signals.payment.from-invoices", "true",
                "dealfocus.customers.signals.escalations.from-records", "true",
                "dealfocus.customers.signals.change-requests.record-category", "FEATURE_REQUEST");
    }

    /** Deals whose only history is an email 45 days ago: no dated next step for 30 days. */
    public static boolean quiet(int index) {
        return index % 3 == 2;
    }

    private static Map<String, String> answers(int kind) {
        return switch (kind) {
            case 0 -> Map.of("dealfocus_problem", "named", "dealfocus_decision_maker", "economic-buyer", "dealfocus_timeline", "dated",
                    "dealfocus_budget", "approved", "dealfocus_fit", "standard", "dealfocus_problem_evidence", "Churn costs them 40k a month.");
            case 1 -> Map.of("dealfocus_problem", "vague", "dealfocus_decision_maker", "influencer", "dealfocus_timeline", "vague",
                    "dealfocus_budget", "indicated", "dealfocus_fit", "adapt");
            case 2 -> Map.of("dealfocus_problem", "none", "dealfocus_budget", "unclear", "dealfocus_fit", "bends");
            default -> Map.of();
        };
    }
}
