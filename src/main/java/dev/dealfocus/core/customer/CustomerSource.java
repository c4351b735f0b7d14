package dev.dealfocus.core.customer;

import dev.dealfocus.core.port.ApiCalls;
import java.util.List;

/** A CRM that knows existing customers (issue 14, item 1): read in pages, like deals. */
public interface CustomerSource {
    /** One page of customers and the cursor of the next, or null at the end. */
    record Page(List<CustomerFacts> customers, String nextCursor) {
        public Page {
            customers = List.copyOf(customers);
        }
    }

    /** @param cursor the previous page's {@link Page#nextCursor()}, or null to start */
    Page readCustomers(String cursor, ApiCalls calls);

    /** Whether customers are read at all (a CRM without any sign mapped spends no call on them). */
    default boolean readsCustomers() {
        return true;
    }

    /** Whether the CRM takes DealFocus's customer writes (fields, notes, tasks); else the light is only stored and shown. */
    default boolean writesCustomers() {
        return false;
    }
}
