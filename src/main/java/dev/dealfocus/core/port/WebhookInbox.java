package dev.dealfocus.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Where CRM change events wait, stored before the CRM gets its answer, until every deal they touch
 * was reassessed after them. An event delivered twice is kept once (by its key).
 */
public interface WebhookInbox {
    /**
     * One change the CRM reported.
     *
     * @param key        the CRM's own id of the event, unique per event
     * @param objectType {@code deal}, or the kind of record whose change may concern deals (a meeting, a call)
     * @param own        caused by DealFocus's own writes, as the CRM says: settles without a reassessment
     * @param what       the event's kind as the CRM names it, for the journal
     */
    record Event(String key, String objectType, String objectId, Instant occurredAt, boolean own, String what) {
        public Event {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(objectType, "objectType");
            Objects.requireNonNull(objectId, "objectId");
            Objects.requireNonNull(occurredAt, "occurredAt");
            if (key.length() > 200 || objectType.length() > 40 || objectId.length() > 100) {
                throw new IllegalArgumentException("an event's key, type or id is longer than the inbox keeps");
            }
            what = what != null && what.length() > 200 ? what.substring(0, 200) : what;
        }

        public boolean aboutDeal() {
            return "deal".equals(objectType);
        }
    }

    /** Stores the events durably; answers how many were new (a redelivered event is not). */
    int accept(List<Event> events, Instant receivedAt);

    /** Events not yet processed, oldest first, at most {@code limit}. */
    List<Event> pending(int limit);

    /**
     * Takes up to {@code limit} unprocessed events, oldest first, for {@code worker} until {@code until}: events another
     * worker holds are left to it (several replicas drain one inbox, none processes an event another holds); a claim
     * that was neither processed nor released by then (its replica died) may be taken again.
     */
    List<Event> claim(int limit, String worker, Instant now, Instant until);

    /** Gives back what {@code worker} claimed and did not process (its run could not start). */
    void release(Collection<String> keys, String worker);

    /** Marks events processed: every deal they concern was reassessed after them, or they needed none. */
    void processed(Collection<String> keys, Instant at);
}
