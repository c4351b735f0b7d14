package dev.dealfocus.crm.demo;

import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.ReadSpec;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A person working in the demo CRM, for tests: edits deals, books meetings, completes or deletes tasks,
 * and reads what DealFocus wrote. The demo CRM itself has no such hooks.
 */
public final class DemoHands {
    private final DemoCrm demo;

    public DemoHands(DemoCrm demo) {
        this.demo = demo;
    }

    /** The deal as DealFocus reads it, with every property the demo knows. */
    public DealSnapshot read(String dealId) {
        return demo.readDealsById(new ReadSpec(demo.capabilities().dealProperties()), List.of(dealId), new ApiCalls())
                .deals().get(0);
    }

    /** A person changes a deal property (null clears it). */
    public void setProperty(String dealId, String property, String value) {
        demo.edit(dealId, d -> d.properties.put(property, value == null ? "" : value));
    }

    /** A person sets (or with {@code null} clears) DealFocus's status field by hand. */
    public void setStatusByHand(String dealId, Status status) {
        demo.edit(dealId, d -> d.fields.put(DealField.STATUS.property(),
                status == null ? "" : status.name()));
    }

    /** The deal is closed, deleted or merged in the CRM. */
    public void setState(String dealId, String crmState) {
        demo.edit(dealId, d -> d.state = crmState);
    }

    /** A person moves the deal to another stage. */
    public void setStage(String dealId, String stage) {
        demo.edit(dealId, d -> d.stage = stage);
    }

    /** A person books a meeting on the deal for the given day. */
    public void bookMeeting(String dealId, LocalDate day) {
        demo.editState(state -> {
            DemoState.HandActivity a = new DemoState.HandActivity();
            a.id = "H-" + state.nextId++;
            a.dealId = dealId;
            a.type = ActivityType.MEETING.name();
            a.at = day.atTime(LocalTime.of(10, 0)).atZone(demo.clock().getZone()).toInstant();
            a.createdAt = demo.clock().instant();
            a.open = true;
            state.activities.add(a);
        });
        demo.edit(dealId, d -> { });
    }

    /** A person completes DealFocus's open task of that kind on the deal. */
    public void completeOwnTask(String dealId, WrittenKind kind) {
        demo.editState(state -> state.tasks.stream()
                .filter(t -> t.dealId.equals(dealId) && t.kind.equals(kind.name()) && !"COMPLETED".equals(t.status))
                .forEach(t -> t.status = "COMPLETED"));
    }

    /** A person deletes DealFocus's tasks of that kind on the deal. */
    public void deleteOwnTasks(String dealId, WrittenKind kind) {
        demo.editState(state -> state.tasks.stream().filter(t -> t.dealId.equals(dealId) && t.kind.equals(kind.name()))
                .forEach(t -> t.deleted = true));
    }

    /** DealFocus's notes on a deal, oldest first. */
    public List<String> notes(String dealId) {
        return demo.read(state -> state.notes.stream().filter(n -> n.dealId.equals(dealId)).map(n -> n.body).toList());
    }

    /** DealFocus's tasks on a deal as "KIND due DATE: subject", with " (completed)" for done ones. */
    public List<String> tasks(String dealId) {
        return demo.read(state -> state.tasks.stream().filter(t -> t.dealId.equals(dealId) && !t.deleted)
                .map(t -> t.kind + " due " + t.due + ": " + t.subject + ("COMPLETED".equals(t.status) ? " (completed)" : ""))
                .toList());
    }

    /** Who DealFocus's tasks on a deal are assigned to. */
    public List<String> taskOwners(String dealId) {
        return demo.read(state -> state.tasks.stream().filter(t -> t.dealId.equals(dealId) && !t.deleted)
                .map(t -> t.ownerId).toList());
    }

    /** How many notes and tasks DealFocus wrote in all. */
    public int records() {
        return demo.read(state -> state.notes.size() + state.tasks.size());
    }

    /** The tasks on no deal (weekly reviews) as "OWNER due DATE: subject". */
    public List<String> ownerTasks() {
        return demo.read(state -> state.ownerTasks.stream().map(t -> t.ownerId + " due " + t.due + ": " + t.subject).toList());
    }

    /** The body of the task on no deal assigned to this owner, the latest first. */
    public String ownerTaskBody(String ownerId) {
        return demo.read(state -> state.ownerTasks.stream().filter(t -> t.ownerId.equals(ownerId)).reduce((a, b) -> b)
                .map(t -> t.body).orElseThrow());
    }
}
