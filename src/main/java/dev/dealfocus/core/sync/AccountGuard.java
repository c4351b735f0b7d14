package dev.dealfocus.core.sync;

import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.DecisionStore;
import java.util.Optional;

/** Binds the store to the CRM account it was first used with, and refuses any other (issue 7, item 8). */
public final class AccountGuard {
    private final CrmGateway crm;
    private final DecisionStore store;
    /** The account cannot change while the service runs: once checked, runs spend no call on it. */
    private volatile boolean checked;

    public AccountGuard(CrmGateway crm, DecisionStore store) {
        this.crm = crm;
        this.store = store;
    }

    /** Throws {@link AccountMismatchException} when the CRM answers as another account than the store's. */
    public void check(ApiCalls calls) {
        if (checked) {
            return;
        }
        String answering = crm.capabilities().name() + ":" + crm.account(calls);
        Optional<String> bound = store.boundAccount();
        if (bound.isEmpty()) {
            store.bindAccount(answering);
        } else if (!bound.get().equals(answering)) {
            throw new AccountMismatchException(bound.get(), answering);
        }
        checked = true;
    }
}
