package dev.dealfocus;

import dev.dealfocus.crm.hubspot.WebhookSignature;
import dev.dealfocus.crm.shared.OwnKey;
import dev.dealfocus.testing.PackagedService;
import dev.dealfocus.testing.SimulatedCrm;
import dev.dealfocus.testing.hubspot.HubSpotSimulator;
import dev.dealfocus.testing.hubspot.SamplePortal;
import dev.dealfocus.testing.hubspot.WebhookSender;
import dev.dealfocus.testing.salesforce.SalesforceSender;
import dev.dealfocus.testing.salesforce.SalesforceSimulator;
import dev.dealfocus.testing.salesforce.SampleOrg;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A simulated CRM (in this JVM) that a packaged service is pointed at, seen the same way whatever the
 * CRM: the settings that connect the service, the deals' statuses and DealFocus's own notes and tasks
 * with their keys, a change a person makes, and its delivery as the CRM sends it.
 */
abstract class SimulatedSide {
    /** A note or task DealFocus wrote, by the key it carries. */
    record Own(String dealId, String kind, String key) {
    }

    record Snapshot(Map<String, String> statuses, List<Own> notes, List<Own> tasks) {
        int notesOf(String deal) {
            return (int) notes.stream().filter(n -> n.dealId().equals(deal)).count();
        }
    }

    private final SimulatedCrm crm;
    private String lastDelivery;

    SimulatedSide(SimulatedCrm crm) {
        this.crm = crm;
    }

    static SimulatedSide of(String name, int deals) {
        return name.equals("hubspot") ? new HubSpot(deals) : new Salesforce(deals);
    }

    abstract List<String> settings();

    abstract List<String> dealIds();

    /** What an operator does once before the first run. */
    void setUp(PackagedService service) throws Exception {
    }

    /** Successful answers to write batches arrive {@code delay} after the CRM applied them (null: at once). */
    abstract void delayWrites(Duration delay);

    abstract Snapshot snapshot();

    /** A person empties the deal's qualification answers: its decision changes. */
    abstract void loseAnswers(String deal);

    abstract HttpResponse<String> deliver(PackagedService service, String body) throws Exception;

    abstract String changeDelivery(String deal);

    /** Sends the change as the CRM does. */
    HttpResponse<String> deliverChange(PackagedService service, String deal) throws Exception {
        lastDelivery = changeDelivery(deal);
        return deliver(service, lastDelivery);
    }

    /** Sends the last delivery again, as a CRM that saw no acknowledgement does. */
    HttpResponse<String> redeliver(PackagedService service) throws Exception {
        return deliver(service, lastDelivery);
    }

    void hold() {
        crm.hold();
    }

    void release() {
        crm.release();
    }

    void shutdown() {
        crm.release();
        crm.shutdown();
    }

    private static Own own(String dealId, String value) {
        OwnKey key = OwnKey.parse(value);
        return key == null ? null : new Own(dealId, String.valueOf(key.kind()), key.toString());
    }

    static final class HubSpot extends SimulatedSide {
        private static final Pattern MARKER = Pattern.compile("DealFocus ref ([A-Za-z0-9:_.\\-]+)");
        private final HubSpotSimulator portal;
        private final List<String> ids;

        HubSpot(int deals) {
            this(new HubSpotSimulator(Clock.systemUTC()), deals);
        }

        private HubSpot(HubSpotSimulator portal, int deals) {
            super(portal);
            this.portal = portal;
            SamplePortal.seed(portal, Instant.now(), deals);
            portal.serve();
            ids = IntStream.range(0, deals).mapToObj(i -> String.valueOf(SamplePortal.FIRST_ID + i)).toList();
        }

        @Override
        List<String> settings() {
            return List.of("dealfocus.crm.provider=hubspot", "dealfocus.hubspot.base-url=" + portal.baseUrl(),
                    "dealfocus.hubspot.access-token=" + HubSpotSimulator.TOKEN, "dealfocus.hubspot.client-secret=" + WebhookSender.SECRET,
                    "dealfocus.hubspot.webhook-url=" + WebhookSender.PUBLIC_URL, "dealfocus.hubspot.app-id=" + WebhookSender.APP_ID);
        }

        @Override
        List<String> dealIds() {
            return ids;
        }

        @Override
        void setUp(PackagedService service) throws Exception {
            var setup = service.call("POST", "/api/setup/hubspot");
            if (setup.statusCode() != 200) {
                throw new AssertionError("the setup failed: " + setup.body());
            }
        }

        @Override
        void delayWrites(Duration delay) {
            portal.delayAnswers(p -> p.endsWith("/batch/update") || p.endsWith("/batch/create"), delay);
        }

        @Override
        Snapshot snapshot() {
            return portal.inspect(() -> {
                Map<String, String> statuses = new LinkedHashMap<>();
                List<Own> notes = new ArrayList<>();
                List<Own> tasks = new ArrayList<>();
                for (String id : ids) {
                    String status = portal.record("deals", id).properties.get("dealfocus_status");
                    if (status != null && !status.isEmpty()) {
                        statuses.put(id, status);
                    }
                    ownOf(id, "notes", "hs_note_body", notes);
                    ownOf(id, "tasks", "hs_task_body", tasks);
                }
                // tasks on no deal (the weekly review): one per owner, told by the owner
                for (String taskId : portal.ids("tasks")) {
                    HubSpotSimulator.Record r = portal.record("tasks", taskId);
                    Matcher m = MARKER.matcher(r.properties.getOrDefault("hs_task_body", ""));
                    String key = r.properties.getOrDefault("dealfocus_key", m.find() ? m.group(1) : null);
                    Own own = key != null && key.startsWith("REVIEW_TASK:") ? own("owner:" + r.properties.get("hubspot_owner_id"), key) : null;
                    if (own != null) {
                        tasks.add(own);
                    }
                }
                return new Snapshot(statuses, notes, tasks);
            });
        }

        private void ownOf(String deal, String type, String bodyProperty, List<Own> into) {
            for (HubSpotSimulator.Record r : portal.linked(deal, type)) {
                String key = r.properties.get("dealfocus_key");
                if (key == null) {
                    Matcher m = MARKER.matcher(r.properties.getOrDefault(bodyProperty, ""));
                    key = m.find() ? m.group(1) : null;
                }
                Own own = own(deal, key);
                if (own != null) {
                    into.add(own);
                }
            }
        }

        @Override
        void loseAnswers(String deal) {
            portal.edit(deal, Map.of("dealfocus_problem", "none", "dealfocus_decision_maker", "none", "dealfocus_timeline", "none",
                    "dealfocus_budget", "none", "dealfocus_fit", "bends"));
        }

        @Override
        String changeDelivery(String deal) {
            return new WebhookSender().dealChange(deal, "dealfocus_problem", "none").body();
        }

        @Override
        HttpResponse<String> deliver(PackagedService service, String body) throws Exception {
            String timestamp = String.valueOf(Instant.now().toEpochMilli());
            return service.post("/webhooks/hubspot", "application/json", body, WebhookSignature.TIMESTAMP_HEADER, timestamp,
                    WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign("POST", WebhookSender.PUBLIC_URL, body, timestamp,
                            WebhookSender.SECRET));
        }
    }

    static final class Salesforce extends SimulatedSide {
        private final SalesforceSimulator org;
        private final List<String> ids;

        Salesforce(int deals) {
            this(new SalesforceSimulator(Clock.systemUTC()), deals);
        }

        private Salesforce(SalesforceSimulator org, int deals) {
            super(org);
            this.org = org;
            ids = SampleOrg.seed(org, Instant.now(), deals, false);
            org.serve();
        }

        @Override
        List<String> settings() {
            return List.of("dealfocus.crm.provider=salesforce", "dealfocus.salesforce.login-url=" + org.baseUrl(),
                    "dealfocus.salesforce.client-id=" + SalesforceSimulator.CLIENT_ID,
                    "dealfocus.salesforce.client-secret=" + SalesforceSimulator.CLIENT_SECRET,
                    "dealfocus.salesforce.organization-id=" + SalesforceSimulator.ORG_ID);
        }

        @Override
        List<String> dealIds() {
            return ids;
        }

        @Override
        void delayWrites(Duration delay) {
            org.delayAnswers(p -> p.contains("/composite/sobjects"), delay);
        }

        @Override
        Snapshot snapshot() {
            Map<String, String> statuses = org.inspect("Opportunity", all -> {
                Map<String, String> s = new LinkedHashMap<>();
                for (String id : ids) {
                    Object status = all.get(id).get("DealFocus_Status__c");
                    if (status != null && !status.toString().isEmpty()) {
                        s.put(id, status.toString());
                    }
                }
                return s;
            });
            List<Own> own = org.inspect("Task", all -> all.values().stream()
                    .map(t -> own(t.get("WhatId") == null ? "owner:" + t.get("OwnerId") : String.valueOf(t.get("WhatId")),
                            (String) t.get("DealFocus_Key__c")))
                    .filter(o -> o != null).toList());
            return new Snapshot(statuses, own.stream().filter(o -> o.kind().equals("NOTE")).toList(),
                    own.stream().filter(o -> !o.kind().equals("NOTE")).toList());
        }

        @Override
        void loseAnswers(String deal) {
            org.edit(deal, Map.of("DealFocus_Problem__c", 0, "DealFocus_Decision_Maker__c", 0, "DealFocus_Timeline__c", 0,
                    "DealFocus_Budget__c", 0, "DealFocus_Fit__c", 0));
        }

        @Override
        String changeDelivery(String deal) {
            return new SalesforceSender().opportunity(deal, SalesforceSimulator.PERSON).envelope();
        }

        @Override
        HttpResponse<String> deliver(PackagedService service, String body) throws Exception {
            return service.post("/webhooks/salesforce/outbound", "text/xml; charset=utf-8", body, "SOAPAction", "\"\"");
        }
    }
}
