package dev.dealfocus.testing.salesforce;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic org of {@code open} open Opportunities and some closed ones, with the fields an admin
 * created from docs/salesforce.md: six owners in two departments, answers to the five questions from
 * full to two (points 0-20), one contact role per Opportunity, and three kinds of recent history in
 * turn: a meeting (Event) booked ahead, a call (a completed Task) ten days ago and nothing booked, an
 * email 45 days ago and nothing since (these are due to be parked).
 */
public final class SampleOrg {
    public static final int CLOSED = 40;
    private static final List<String> STAGES = List.of("Prospecting", "Qualification", "Needs Analysis", "Value Proposition",
            "Negotiation/Review");

    private SampleOrg() {
    }

    /** The open Opportunities' ids, in the order of their index. */
    public static List<String> seed(SalesforceSimulator org, Instant now, int open, boolean sameValue) {
        List<String> owners = new ArrayList<>();
        for (int o = 1; o <= 6; o++) {
            owners.add(org.user("0055Y00000REP" + o + "0AAA", "Rep " + o, o <= 3 ? "Enterprise" : "Midmarket"));
        }
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < open; i++) {
            Map<String, Object> values = new HashMap<>(Map.of("Name", "Deal " + i, "OwnerId", owners.get(i % 6),
                    "StageName", STAGES.get(sameValue ? 2 : i % STAGES.size()),
                    "Amount", String.valueOf(sameValue ? 20_000 : 5000 + (i % 17) * 1500),
                    "CloseDate", today.plusDays(10 + i % 80)));
            values.putAll(answers(i % 4));
            String id = org.opportunity(now.minus(Duration.ofDays(60 + i % 120)), values);
            ids.add(id);
            org.contact(id, i % 3 == 0 ? "Decision Maker" : "Influencer", false);
            switch (i % 3) {
                case 0 -> {
                    org.task(id, today.minusDays(5), true, now.minus(Duration.ofDays(5)), "Call");
                    org.event(id, now.plus(Duration.ofDays(7)), now.minus(Duration.ofDays(2)));
                }
                case 1 -> org.task(id, today.minusDays(10), true, now.minus(Duration.ofDays(10)), "Call");
                default -> org.task(id, today.minusDays(45), true, now.minus(Duration.ofDays(45)), "Email");
            }
        }
        for (int c = 0; c < CLOSED; c++) {
            String id = org.opportunity(now.minus(Duration.ofDays(200)), Map.of("Name", "Closed " + c, "OwnerId", owners.get(0),
                    "StageName", "Prospecting"));
            org.edit(id, Map.of("StageName", c % 2 == 0 ? "Closed Won" : "Closed Lost"));
        }
        return ids;
    }

    /**
     * Customer Accounts of the default customer Types (and a prospect), as an admin keeps them: the last login and the
     * oldest unpaid invoice's due date as Account fields, support Cases with priority, Type and the escalation flag;
     * answers the configuration that maps them, by Account name in {@code names}.
     */
    public static Map<String, String> customers(SalesforceSimulator org, Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        String rep1 = "0055Y00000REP10AAA";
        String green = org.account("Green GmbH", "Customer - Direct", Map.of("OwnerId", rep1, "Last_Login__c", today.minusDays(2)));
        org.caseOf(green, now.minus(Duration.ofDays(40)), Map.of("Priority", "High"));
        String yellow = org.account("Yellow AG", "Customer - Channel", Map.of("OwnerId", "0055Y00000REP20AAA",
                "Last_Login__c", today.minusDays(3), "Oldest_Unpaid_Due__c", today.minusDays(12)));
        String red = org.account("Red KG", "Customer - Direct", Map.of("OwnerId", "0055Y00000REP30AAA", "Last_Login__c", today.minusDays(1)));
        org.caseOf(red, now.minus(Duration.ofDays(4)), Map.of("Priority", "Medium", "IsEscalated", true));
        org.account("Prospect Inc", "Prospect", Map.of("OwnerId", rep1, "Last_Login__c", today.minusDays(90)));
        NAMES.put("green", green);
        NAMES.put("yellow", yellow);
        NAMES.put("red", red);
        return Map.of("dealfocus.customers.signals.usage.property", "Last_Login__c",
                "dealfocus.customers.signals.payment.property", "Oldest_Unpaid_Due__c",
                "dealfocus.customers.signals.escalations.from-records", "true");
    }

    /** The customer Accounts {@link #customers} made, by light. */
    public static final Map<String, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Opportunities whose only history is an email 45 days ago: no dated next step for 30 days. */
    public static boolean quiet(int index) {
        return index % 3 == 2;
    }

    private static Map<String, Object> answers(int kind) {
        return switch (kind) {
            case 0 -> Map.of("DealFocus_Problem__c", 20, "DealFocus_Decision_Maker__c", 20, "DealFocus_Timeline__c", 20,
                    "DealFocus_Budget__c", 20, "DealFocus_Fit__c", 20);
            case 1 -> Map.of("DealFocus_Problem__c", 10, "DealFocus_Decision_Maker__c", 10, "DealFocus_Timeline__c", 10,
                    "DealFocus_Budget__c", 10, "DealFocus_Fit__c", 10);
            case 2 -> Map.of("DealFocus_Problem__c", 0, "DealFocus_Budget__c", 5, "DealFocus_Fit__c", 0);
            default -> Map.of("DealFocus_Problem__c", 10, "DealFocus_Fit__c", 10); // a rep who answered two questions
        };
    }
}
