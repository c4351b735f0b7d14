package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.DealSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * One answer of the CRM: open deals, deals that left the pipeline, records that could not be read.
 *
 * @param nextCursor    the next page's cursor, {@code null} on the last page
 * @param highWaterMark the latest last-modified time among this page's records, in the CRM's own clock
 *                      ({@code null} when the page is empty); the next incremental read starts there
 * @param crmTime       the CRM's clock when it answered, or {@code null} when the CRM does not say
 */
public record DealPage(List<DealSnapshot> deals, List<Departure> departures, List<SkippedDeal> skipped,
                       String nextCursor, Instant highWaterMark, Instant crmTime) {
    public DealPage {
        deals = List.copyOf(deals);
        departures = departures == null ? List.of() : List.copyOf(departures);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** Records on this page, of every kind. */
    public int size() {
        return deals.size() + departures.size() + skipped.size();
    }
}
