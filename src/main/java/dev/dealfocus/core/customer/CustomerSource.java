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
}
