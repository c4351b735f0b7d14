package dev.dealfocus.crm.demo;

import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Applies one write to the demo CRM's state as a real CRM would: field values and stage on the deal,
 * notes and tasks as their own records, DealFocus's tasks moved or completed; every write moves the
 * deal's last-modified time. Like HubSpot, it creates what it is asked to create: a note sent twice is
 * two notes, so only DealFocus's own write-ahead log keeps it from being written twice.
 */
final class DemoWrites {
    private DemoWrites() {
    }

    static WriteResult apply(CrmWrite write, DemoState state, Set<String> knownDeals, Instant now) {
        if (write instanceof CrmWrite.OwnerTask t) {
            return ownerTask(t, state, now);
        }
        if (write instanceof CrmWrite.CustomerWrite c) {
            return customer(c, state, now);
        }
        if (!knownDeals.contains(write.dealId())) {
            return WriteResult.refused(write.key(), "404 no deal with id " + write.dealId());
        }
        DemoState.DealState deal = state.deals.computeIfAbsent(write.dealId(), id -> new DemoState.DealState());
        deal.updatedAt = now;
        if (write instanceof CrmWrite.FieldUpdate f) {
            return fields(f, deal);
        }
        if (write instanceof CrmWrite.Note n) {
            return note(n, state);
        }
        if (write instanceof CrmWrite.Task t) {
            return task(t, state, now);
        }
        return update((CrmWrite.TaskUpdate) write, state);
    }

    private static WriteResult fields(CrmWrite.FieldUpdate f, DemoState.DealState deal) {
        f.fields().forEach((field, value) -> deal.fields.put(field.property(), value));
        if (f.stage() != null) {
            deal.stage = f.stage();
        }
        return WriteResult.ok(f.key(), f.dealId());
    }

    private static WriteResult note(CrmWrite.Note n, DemoState state) {
        DemoState.Note note = new DemoState.Note();
        note.id = "N-" + state.nextId++;
        note.dealId = n.dealId();
        note.key = n.key();
        note.ownerId = n.ownerId();
        note.timestamp = n.timestamp();
        note.body = n.body();
        state.notes.add(note);
        return WriteResult.ok(n.key(), note.id);
    }

    private static WriteResult task(CrmWrite.Task t, DemoState state, Instant now) {
        DemoState.Task task = new DemoState.Task();
        task.id = "T-" + state.nextId++;
        task.dealId = t.dealId();
        task.key = t.key();
        task.kind = t.taskKind().name();
        task.ownerId = t.ownerId();
        task.due = t.due();
        task.priority = t.priority().name();
        task.subject = t.subject();
        task.body = t.body();
        task.status = "NOT_STARTED";
        task.createdAt = now;
        state.tasks.add(task);
        return WriteResult.ok(t.key(), task.id);
    }

    private static WriteResult ownerTask(CrmWrite.OwnerTask t, DemoState state, Instant now) {
        DemoState.OwnerTask task = new DemoState.OwnerTask();
        task.id = "T-" + state.nextId++;
        task.key = t.key();
        task.kind = t.taskKind().name();
        task.ownerId = t.ownerId();
        task.due = t.due();
        task.subject = t.subject();
        task.body = t.body();
        task.status = "NOT_STARTED";
        task.createdAt = now;
        state.ownerTasks.add(task);
        return WriteResult.ok(t.key(), task.id);
    }

    private static WriteResult customer(CrmWrite.CustomerWrite write, DemoState state, Instant now) {
        if (write instanceof CrmWrite.CustomerFields f) {
            state.customerFields.computeIfAbsent(f.customerId(), k -> new java.util.TreeMap<>()).putAll(f.fields());
            return WriteResult.ok(f.key(), f.customerId());
        }
        DemoState.CustomerRecord r = new DemoState.CustomerRecord();
        r.id = (write instanceof CrmWrite.CustomerNote ? "N-" : "T-") + state.nextId++;
        r.customerId = write.customerId();
        r.key = write.key();
        r.createdAt = now;
        if (write instanceof CrmWrite.CustomerNote n) {
            r.type = "NOTE";
            r.ownerId = n.ownerId();
            r.body = n.body();
        } else {
            CrmWrite.CustomerTask t = (CrmWrite.CustomerTask) write;
            r.type = "TASK";
            r.ownerId = t.ownerId();
            r.due = t.due();
            r.subject = t.subject();
            r.body = t.body();
        }
        state.customerRecords.add(r);
        return WriteResult.ok(write.key(), r.id);
    }

    private static WriteResult update(CrmWrite.TaskUpdate u, DemoState state) {
        Optional<DemoState.Task> task = state.tasks.stream()
                .filter(x -> x.id.equals(u.taskId()) && x.dealId.equals(u.dealId()) && !x.deleted).findFirst();
        if (task.isEmpty()) {
            return WriteResult.refused(u.key(), "404 no task with id " + u.taskId() + " on deal " + u.dealId());
        }
        if (u.due() != null) {
            task.get().due = u.due();
        }
        if (u.complete()) {
            task.get().status = "COMPLETED";
        }
        return WriteResult.ok(u.key(), task.get().id);
    }

    /** The id of the note or task stored under this key, if any. */
    static Optional<String> created(CrmWrite write, DemoState state) {
        if (write instanceof CrmWrite.CustomerWrite) {
            return state.customerRecords.stream().filter(r -> r.key.equals(write.key())).map(r -> r.id).findFirst();
        }
        if (write instanceof CrmWrite.OwnerTask) {
            return state.ownerTasks.stream().filter(t -> t.key.equals(write.key())).map(t -> t.id).findFirst();
        }
        if (write instanceof CrmWrite.Note) {
            return state.notes.stream().filter(n -> n.key.equals(write.key())).map(n -> n.id).findFirst();
        }
        return state.tasks.stream().filter(t -> t.key.equals(write.key()) && !t.deleted).map(t -> t.id).findFirst();
    }
}
