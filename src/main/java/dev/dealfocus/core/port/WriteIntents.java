package dev.dealfocus.core.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The write-ahead log of CRM writes: every write is stored before it is sent, then with its result. */
public interface WriteIntents {

    /**
     * Stores planned writes before anything is sent. Returns the keys this run now holds: a write
     * another running actor holds (planned or being sent) is left out, and so is a note or task
     * already applied.
     */
    Set<String> plan(List<Intent> intents);

    /** The run is about to send these. */
    void sending(Collection<String> keys);

    /** What the CRM answered; an unknown outcome stays {@code SENDING} until it is checked. */
    void settle(List<WriteResult> results);

    /** Where these writes stand, by key; keys never stored are absent. */
    Map<String, Intent.State> states(Collection<String> keys);

    /** Writes of these deals that failed or were refused and may be owed still. */
    List<Intent> unsettled(Collection<String> dealIds);

    /** Writes left planned or being sent by runs that are no longer running: resolved before anything is planned. */
    List<Intent> orphans();

    /** Marks writes as settled by a check with the CRM: applied (with the CRM's id) or not. */
    void resolve(Map<String, String> appliedWithCrmId, Collection<String> failed, Collection<String> abandoned,
                 String why);

    /** No longer owed: the deal's decision moved on. */
    void abandon(Collection<String> keys);
}
