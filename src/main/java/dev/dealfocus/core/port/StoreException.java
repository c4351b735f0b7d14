package dev.dealfocus.core.port;

/**
 * The store failed (the database is down or refused a statement): readiness goes down with it, the API
 * answers 503, and a run fails without writing to the CRM.
 */
public class StoreException extends RuntimeException {
    public StoreException(Throwable cause) {
        super("the DealFocus store failed: " + cause.getMessage(), cause);
    }
}
