package dev.dealfocus.core.port;

import dev.dealfocus.core.deal.DealSnapshot;
import java.util.List;

/** A page of deals; {@code nextCursor} is {@code null} on the last page. */
public record DealPage(List<DealSnapshot> deals, String nextCursor) {
    public DealPage {
        deals = List.copyOf(deals);
    }
}
