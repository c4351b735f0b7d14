package dev.dealfocus.core.plan;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.Keys;
import dev.dealfocus.core.decision.Policy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps DealFocus's own tasks true to the decision (section 12, step 9; issue 7, item 7): the tasks
 * the status calls for are created once per decision, the re-engagement check carries the date the
 * decision promises, and tasks a newer decision made obsolete are completed, never deleted. A task a
 * person completed or deleted is not created again for the same decision: its key was written.
 */
final class TaskPlanner {
    /**
     * What the plan does to tasks.
     *
     * @param openDue the due date of DealFocus's earliest open task once the plan is done, or {@code null}
     */
    record Changes(List<TaskPlan> creates, List<TaskChange> changes, List<WrittenKind> unassigned, LocalDate openDue) {
        boolean any() {
            return !creates.isEmpty() || !changes.isEmpty();
        }
    }

    /** A task the decision calls for; {@code moves}: an open one is moved to this date. */
    private record Wanted(WrittenKind kind, LocalDate due, TaskPriority priority, boolean callInsteadOfEmail,
                          String key, boolean moves) {
    }

    private final Policy policy;

    TaskPlanner(Policy policy) {
        this.policy = policy;
    }

    Changes plan(DealSnapshot deal, Assessment a) {
        Map<WrittenKind, Wanted> wanted = wanted(deal, a);
        List<TaskChange> changes = new ArrayList<>();
        Set<WrittenKind> open = EnumSet.noneOf(WrittenKind.class);
        List<LocalDate> openDues = new ArrayList<>();
        for (Activity task : deal.activities()) {
            if (!task.open() || task.dealFocusKind() == null || !task.dealFocusKind().isTask()) {
                continue;
            }
            Wanted w = wanted.get(task.dealFocusKind());
            LocalDate due = LocalDate.ofInstant(task.at(), policy.timeZone());
            if (w == null || !open.add(w.kind())) {
                changes.add(new TaskChange(task.id(), task.dealFocusKind(), null, true)); // obsolete, or a second one
            } else if (w.moves() && !due.equals(w.due())) {
                changes.add(new TaskChange(task.id(), w.kind(), w.due(), false));
                openDues.add(w.due());
            } else {
                openDues.add(due);
            }
        }
        List<TaskPlan> creates = new ArrayList<>();
        List<WrittenKind> unassigned = new ArrayList<>();
        String owner = deal.ownerId() != null ? deal.ownerId() : policy.tasks().fallbackOwner();
        wanted.values().stream().filter(w -> !open.contains(w.kind())).forEach(w -> {
            if (owner == null) {
                unassigned.add(w.kind());
            } else {
                creates.add(new TaskPlan(w.kind(), owner, w.due(), w.priority(), w.callInsteadOfEmail(), w.key()));
                openDues.add(w.due());
            }
        });
        return new Changes(creates, changes, unassigned, openDues.stream().min(LocalDate::compareTo).orElse(null));
    }

    private Map<WrittenKind, Wanted> wanted(DealSnapshot deal, Assessment a) {
        Map<WrittenKind, Wanted> wanted = new EnumMap<>(WrittenKind.class);
        boolean noEmail = a.consent().forbidsEmail();
        LocalDate today = a.assessedOn();
        Status status = a.status();
        String decision = a.decisionKey();
        if (a.qualifying()) {
            wanted.put(WrittenKind.QUALIFY_TASK, new Wanted(WrittenKind.QUALIFY_TASK,
                    policy.calendar().due(a.graceEndsOn(), 0), TaskPriority.HIGH, noEmail,
                    Keys.of(deal.id(), WrittenKind.QUALIFY_TASK), false));
        }
        if (status != null && status.isSticky()) {
            // the key of the first re-engagement check: kept as it was for stores written before decisions had names
            wanted.put(WrittenKind.REENGAGE_TASK, new Wanted(WrittenKind.REENGAGE_TASK, a.reengageOn(), TaskPriority.MEDIUM,
                    noEmail, Keys.of(deal.id(), WrittenKind.REENGAGE_TASK, status, a.decidedOn()), true));
        }
        if (status == Status.NURTURE && a.consent().allowsEmail()) {
            // a light track: one touch per cycle of nurture-days since the decision
            int days = policy.tasks().nurtureDays();
            long cycle = ChronoUnit.DAYS.between(a.decidedOn(), today) / days;
            wanted.put(WrittenKind.NURTURE_TASK, new Wanted(WrittenKind.NURTURE_TASK,
                    policy.calendar().due(a.decidedOn(), (int) ((cycle + 1) * days)), TaskPriority.LOW, false,
                    Keys.of(deal.id(), WrittenKind.NURTURE_TASK, decision, cycle), false));
        }
        if (status == Status.ACTIVE && a.expiry().nextStepOn() == null) {
            // one per stretch without a next step: a new stretch starts when a booked step has passed
            wanted.put(WrittenKind.SCHEDULE_NEXT_STEP_TASK, new Wanted(WrittenKind.SCHEDULE_NEXT_STEP_TASK,
                    policy.calendar().due(today, policy.tasks().scheduleNextStepDays()), TaskPriority.HIGH, noEmail,
                    Keys.of(deal.id(), WrittenKind.SCHEDULE_NEXT_STEP_TASK, decision, a.expiry().anchor()), false));
        }
        return wanted;
    }
}
