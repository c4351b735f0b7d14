package dev.dealfocus.core.sync;

import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.DealBuffer;
import dev.dealfocus.core.port.DecisionStore;
import dev.dealfocus.core.port.Renderer;
import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.WriteIntents;
import java.util.Objects;

/** The ports a run works through. */
public record SyncPorts(CrmGateway crm, DecisionStore store, WriteIntents intents, RunJournal journal, Renderer renderer,
                        DealBuffer.Factory buffers, dev.dealfocus.core.port.RunLease lease) {
    /** A service that runs alone: the lease is in memory. */
    public SyncPorts(CrmGateway crm, DecisionStore store, WriteIntents intents, RunJournal journal, Renderer renderer,
                     DealBuffer.Factory buffers) {
        this(crm, store, intents, journal, renderer, buffers, dev.dealfocus.core.port.RunLease.local());
    }

    public SyncPorts {
        Objects.requireNonNull(crm, "crm");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(intents, "intents");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(buffers, "buffers");
        Objects.requireNonNull(lease, "lease");
    }
}
