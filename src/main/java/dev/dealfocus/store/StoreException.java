package dev.dealfocus.store;

/** The database failed; readiness goes down with it, and the run fails without writing to the CRM. */
public class StoreException extends RuntimeException {
    public StoreException(Throwable cause) {
        super("the DealFocus store failed: " + cause.getMessage(), cause);
    }
}
