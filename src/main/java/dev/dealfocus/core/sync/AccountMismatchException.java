package dev.dealfocus.core.sync;

/**
 * The store belongs to another CRM account than the one the CRM answers as: record ids and
 * idempotency keys must never cross accounts, so DealFocus refuses to work on it.
 */
public class AccountMismatchException extends RuntimeException {
    public AccountMismatchException(String bound, String answering) {
        super("This DealFocus store belongs to the CRM account " + bound + ", but the CRM answers as " + answering
                + ". Record ids and idempotency keys must never cross accounts (a sandbox after production, or the"
                + " other way round), so DealFocus will not work on it. To start afresh for " + answering
                + ", point quarkus.datasource.jdbc.url at a new, empty database (for the embedded database: delete"
                + " the data/ directory); to go on with " + bound + ", point DealFocus back at that account.");
    }
}
