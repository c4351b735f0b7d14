package dev.dealfocus.crm.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often a deal's close date was moved later, from the close date's history, and what each deal's
 * count was when its history was last read. A close date's history only grows when the date changes,
 * so a deal whose date is the one seen at its last history read keeps its count without a call. Kept
 * in memory: after a restart every deal's history is read once.
 */
public final class CloseDatePushes {
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(String closeDate, int pushes) {
    }

    /** Moves to a later day, the dates in the order they were set; an empty (cleared) date is passed over. */
    public static int count(List<LocalDate> oldestFirst) {
        int pushes = 0;
        LocalDate before = null;
        for (LocalDate day : oldestFirst) {
            if (before != null && day != null && day.isAfter(before)) {
                pushes++;
            }
            before = day != null ? day : before;
        }
        return pushes;
    }

    /** The count read when the deal's close date was {@code closeDate}, or {@code null} when the history must be read. */
    public Integer known(String dealId, String closeDate) {
        Known k = known.get(dealId);
        return closeDate != null && k != null && closeDate.equals(k.closeDate()) ? k.pushes() : null;
    }

    public void remember(String dealId, String closeDate, int pushes) {
        if (closeDate != null) {
            known.put(dealId, new Known(closeDate, pushes));
        }
    }
}
