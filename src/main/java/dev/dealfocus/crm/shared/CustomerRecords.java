package dev.dealfocus.crm.shared;

import dev.dealfocus.core.customer.CustomerFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Signs counted from a CRM's records rather than read from a property (issue 14, item 2): escalations (HubSpot tickets
 * of a high priority, Salesforce Cases escalated or of a configured priority) in the last 30 days, change requests (tickets
 * or Cases of a configured category or Type) in the last 90 days, and the oldest unpaid invoice's due date (HubSpot
 * invoices). Each map holds the customers with at least one record; a customer absent from a map that was read has
 * none, which is data (0, or nothing unpaid), not "unknown". A map not read is null and leaves the property's value.
 */
public record CustomerRecords(Map<String, Integer> escalations, Map<String, Integer> changeRequests,
                              Map<String, LocalDate> oldestUnpaidDue) {
    public static final CustomerRecords NONE = new CustomerRecords(null, null, null);

    /**
     * Which signs come from records, and how they are told.
     *
     * @param escalations      count tickets or Cases as escalations
     * @param priorities       the priorities that make one an escalation (empty: HubSpot HIGH and URGENT; on Salesforce
     *                         {@code IsEscalated} alone)
     * @param changeCategory   the ticket category or Case Type of a change request, or null (not counted)
     * @param invoices         the oldest unpaid invoice from HubSpot's invoice object
     */
    public record Settings(boolean escalations, List<String> priorities, String changeCategory, boolean invoices) {
        public static final Settings NONE = new Settings(false, List.of(), null, false);

        public Settings {
            priorities = priorities == null ? List.of() : List.copyOf(priorities);
            changeCategory = changeCategory == null || changeCategory.isBlank() ? null : changeCategory.trim();
        }

        public boolean any() {
            return escalations || changeCategory != null || invoices;
        }
    }

    /** A page of customers with the signs counted from records in place of the properties' values. */
    public dev.dealfocus.core.customer.CustomerSource.Page apply(dev.dealfocus.core.customer.CustomerSource.Page page) {
        return new dev.dealfocus.core.customer.CustomerSource.Page(page.customers().stream().map(this::apply).toList(),
                page.nextCursor());
    }

    /** The customer with the signs counted from records in place of the properties' values. */
    public CustomerFacts apply(CustomerFacts c) {
        Integer esc = escalations == null ? c.escalations() : escalations.getOrDefault(c.id(), 0);
        Integer changes = changeRequests == null ? c.changeRequests() : changeRequests.getOrDefault(c.id(), 0);
        boolean paymentKnown = oldestUnpaidDue != null || c.paymentKnown();
        LocalDate unpaid = oldestUnpaidDue == null ? c.oldestUnpaidDue() : oldestUnpaidDue.get(c.id());
        return new CustomerFacts(c.id(), c.name(), c.ownerId(), c.lastUsedOn(), c.usageScore(), paymentKnown, unpaid, esc, changes,
                c.delays(), c.shownLight());
    }
}
