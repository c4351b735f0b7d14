package dev.dealfocus.crm.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The demo CRM's data file (docs/demo-crm.md). Dates are ISO dates or "today", "today-40", "today+7". */
record DemoData(List<Owner> owners, List<Team> teams, List<String> properties, List<Deal> deals, List<Customer> customers) {
    DemoData {
        customers = customers == null ? List.of() : customers;
        owners = owners == null ? List.of() : owners;
        teams = teams == null ? List.of() : teams;
        properties = properties == null ? List.of() : properties;
        deals = deals == null ? List.of() : deals;
    }

    record Owner(String id, String name, String team) {
    }

    /**
     * An existing customer (issue 14) and its signs; a sign left out has no data. {@code note} says what it shows.
     * {@code shownLight} is a light a person set in the CRM; {@code successOwner}, where set, gets the notes and tasks.
     */
    /**
     * A customer; {@code later}: what changes once the demo has run {@code later.day} days (a paid invoice, an escalation
     * closed), its other keys replacing the fields of the same name (null included), so a remediation can succeed.
     */
    record Customer(String id, String name, String owner, String note, String lastUsedOn, Boolean paymentKnown,
                    String oldestUnpaidDue, Integer escalations30, Integer changeRequests90, Integer delays, String shownLight,
                    String successOwner, Map<String, Object> later) {
        /** The customer as it is {@code days} days after the demo first read its customers. */
        Customer after(long days) {
            if (later == null || days < ((Number) later.getOrDefault("day", Integer.MAX_VALUE)).longValue()) {
                return this;
            }
            return new Customer(id, name, owner, note, text("lastUsedOn", lastUsedOn), paymentKnown, text("oldestUnpaidDue", oldestUnpaidDue),
                    number("escalations30", escalations30), number("changeRequests90", changeRequests90), number("delays", delays),
                    shownLight, successOwner, null);
        }

        private String text(String key, String now) {
            return later.containsKey(key) ? (String) later.get(key) : now;
        }

        private Integer number(String key, Integer now) {
            return later.containsKey(key) ? (later.get(key) == null ? null : ((Number) later.get(key)).intValue()) : now;
        }
    }

    record Team(String id, String name) {
    }

    record Deal(String id, String name, String pipeline, String stage, String owner, String created, String updated,
                String state, String mergedInto, BigDecimal amount, String currency, BigDecimal probability, String closeDate,
                Integer closeDatePushes, Map<String, String> properties, List<Contact> contacts,
                List<Activity> activities) {
    }

    record Contact(String id, String name, String role, String consent) {
    }

    /** type: TASK, MEETING, CALL, EMAIL, MESSAGE or NOTE; open for tasks not done and meetings ahead. */
    record Activity(String id, String type, String at, String created, Boolean open, String subject) {
    }
}
