package dev.dealfocus.crm.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.CrmState;
import dev.dealfocus.core.deal.DealFocusFields;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Money;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.port.CrmCapabilities;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.core.sync.DealField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded demo CRM: deals from a JSON file, DealFocus's writes kept in a readable state file.
 * Like a real CRM, DealFocus's own notes and tasks appear among the deal's activities (marked as
 * DealFocus's), and every write moves the deal's last-modified time.
 */
public final class DemoCrm implements CrmGateway {
    static final int PAGE_SIZE = 100;
    static final String STATE_FILE = "state.json";
    static final Map<DealField, String> FIELD_PROPERTIES = Map.of(DealField.SCORE, "dealfocus_score",
            DealField.STATUS, "dealfocus_status", DealField.REASONS, "dealfocus_reasons",
            DealField.EXPIRES_ON, "dealfocus_expires_on", DealField.RECOMMENDED_STATUS, "dealfocus_recommended_status");

    private final DemoData data;
    private final Map<String, DemoData.Deal> deals = new LinkedHashMap<>();
    private final Map<String, String> teamOfOwner = new HashMap<>();
    private final Path stateFile;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ZoneId zone;
    private final DemoDates dates;
    private final AtomicLong calls = new AtomicLong();
    private final DemoState state;

    DemoCrm(DemoData data, Path stateDir, ObjectMapper mapper, Clock clock, ZoneId zone) {
        this.data = data;
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.clock = clock;
        this.zone = zone;
        this.dates = new DemoDates(LocalDate.ofInstant(clock.instant(), zone), zone);
        data.deals().stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(d -> deals.put(d.id(), d));
        data.owners().forEach(o -> teamOfOwner.put(o.id(), o.team()));
        this.stateFile = stateDir.resolve(STATE_FILE);
        this.state = load();
    }

    /** Opens the demo CRM on a data file in the format of docs/demo-crm.md. */
    public static DemoCrm open(java.io.InputStream json, Path stateDir, ObjectMapper mapper, Clock clock) throws IOException {
        return new DemoCrm(mapper.readValue(json, DemoData.class), stateDir, mapper, clock, clock.getZone());
    }

    @Override
    public CrmCapabilities capabilities() {
        Set<String> properties = new HashSet<>(data.properties());
        deals.values().forEach(d -> properties.addAll(d.properties() == null ? Set.of() : d.properties().keySet()));
        // plain text, so state.json reads well; limits as the strictest real CRM (Salesforce Description)
        return new CrmCapabilities("demo", PAGE_SIZE, PAGE_SIZE, properties, CrmCapabilities.TextFormat.PLAIN,
                32_000, 32_000);
    }

    @Override
    public synchronized DealPage readDeals(Instant modifiedSince, String cursor) {
        calls.incrementAndGet();
        List<DealSnapshot> matching = deals.values().stream().map(this::snapshot)
                .filter(d -> modifiedSince == null || !updatedAt(d.id()).isBefore(modifiedSince)).toList();
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(matching.size(), from + PAGE_SIZE);
        return new DealPage(matching.subList(from, to), to < matching.size() ? String.valueOf(to) : null);
    }

    @Override
    public synchronized List<DealSnapshot> readDealsById(Collection<String> ids) {
        if (ids.size() > PAGE_SIZE) {
            throw new CrmException(CrmException.Kind.FAIL_FAST, "at most " + PAGE_SIZE + " ids per batch read");
        }
        calls.incrementAndGet();
        return ids.stream().filter(deals::containsKey).map(id -> snapshot(deals.get(id))).toList();
    }

    @Override
    public synchronized List<WriteResult> apply(List<CrmWrite> writes) {
        if (writes.size() > PAGE_SIZE) {
            throw new CrmException(CrmException.Kind.FAIL_FAST, "at most " + PAGE_SIZE + " writes per batch");
        }
        // one call per kind of write, as a real CRM's batch endpoints take one object type each
        calls.addAndGet(writes.stream().map(w -> w.getClass()).distinct().count());
        List<WriteResult> results = new ArrayList<>();
        for (CrmWrite write : writes) {
            results.add(applyOne(write));
        }
        save();
        return results;
    }

    @Override
    public void ping() {
        calls.incrementAndGet();
    }

    @Override
    public long apiCalls() {
        return calls.get();
    }

    /** A person sets DealFocus's status field by hand in the CRM. */
    public synchronized void setStatusByHand(String dealId, Status status) {
        dealState(dealId).fields.put(FIELD_PROPERTIES.get(DealField.STATUS), status.name());
        dealState(dealId).updatedAt = clock.instant();
        save();
    }

    /** A person changes a deal property in the CRM (null clears it). */
    public synchronized void setProperty(String dealId, String property, String value) {
        dealState(dealId).properties.put(property, value == null ? "" : value);
        dealState(dealId).updatedAt = clock.instant();
        save();
    }

    /** A person books a meeting on the deal for the given day. */
    public synchronized void bookMeeting(String dealId, LocalDate day) {
        DemoState.HandActivity a = new DemoState.HandActivity();
        a.id = "H-" + state.nextId++;
        a.dealId = dealId;
        a.type = ActivityType.MEETING.name();
        a.at = day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        a.createdAt = clock.instant();
        a.open = true;
        state.activities.add(a);
        dealState(dealId).updatedAt = clock.instant();
        save();
    }

    /** DealFocus's notes on a deal, oldest first. */
    public synchronized List<String> notes(String dealId) {
        return state.notes.stream().filter(n -> n.dealId.equals(dealId)).map(n -> n.body).toList();
    }

    /** DealFocus's tasks on a deal as "KIND due DATE: subject". */
    public synchronized List<String> tasks(String dealId) {
        return state.tasks.stream().filter(t -> t.dealId.equals(dealId))
                .map(t -> t.kind + " due " + t.due + ": " + t.subject).toList();
    }

    private WriteResult applyOne(CrmWrite write) {
        if (!deals.containsKey(write.dealId())) {
            return WriteResult.failed(write.key(), "404 no deal with id " + write.dealId(), false);
        }
        DemoState.DealState deal = dealState(write.dealId());
        deal.updatedAt = clock.instant();
        if (write instanceof CrmWrite.FieldUpdate f) {
            f.fields().forEach((field, value) -> deal.fields.put(FIELD_PROPERTIES.get(field), value));
            if (f.stage() != null) {
                deal.stage = f.stage();
            }
            return WriteResult.ok(write.key(), write.dealId());
        }
        if (write instanceof CrmWrite.Note n) {
            return state.notes.stream().filter(x -> x.key.equals(n.key())).findFirst()
                    .map(x -> WriteResult.ok(n.key(), x.id)).orElseGet(() -> {
                        DemoState.Note note = new DemoState.Note();
                        note.id = "N-" + state.nextId++;
                        note.dealId = n.dealId();
                        note.key = n.key();
                        note.ownerId = n.ownerId();
                        note.timestamp = n.timestamp();
                        note.body = n.body();
                        state.notes.add(note);
                        return WriteResult.ok(n.key(), note.id);
                    });
        }
        CrmWrite.Task t = (CrmWrite.Task) write;
        return state.tasks.stream().filter(x -> x.key.equals(t.key())).findFirst()
                .map(x -> WriteResult.ok(t.key(), x.id)).orElseGet(() -> {
                    DemoState.Task task = new DemoState.Task();
                    task.id = "T-" + state.nextId++;
                    task.dealId = t.dealId();
                    task.key = t.key();
                    task.kind = t.kind().name();
                    task.ownerId = t.ownerId();
                    task.due = t.due();
                    task.priority = t.priority().name();
                    task.subject = t.subject();
                    task.body = t.body();
                    task.status = "NOT_STARTED";
                    task.createdAt = clock.instant();
                    state.tasks.add(task);
                    return WriteResult.ok(t.key(), task.id);
                });
    }

    private DealSnapshot snapshot(DemoData.Deal d) {
        DemoState.DealState s = state.deals.get(d.id());
        Map<String, String> properties = new HashMap<>(d.properties() == null ? Map.of() : d.properties());
        if (s != null) {
            properties.putAll(s.properties);
        }
        List<Contact> contacts = d.contacts() == null ? List.of() : d.contacts().stream()
                .map(c -> new Contact(c.id(), c.role(), c.consent() == null ? Consent.UNKNOWN : Consent.valueOf(c.consent())))
                .toList();
        Money amount = d.amount() == null ? null : new Money(d.amount(), d.currency() == null ? "EUR" : d.currency());
        return new DealSnapshot(d.id(), d.name(), d.pipeline() == null ? "default" : d.pipeline(),
                s != null && s.stage != null ? s.stage : d.stage(), d.owner(), teamOfOwner.get(d.owner()),
                dates.instant(d.created()), d.state() == null ? CrmState.OPEN : CrmState.valueOf(d.state()), amount,
                d.probability(), dates.date(d.closeDate()), d.closeDatePushes() == null ? 0 : d.closeDatePushes(),
                properties, contacts, activities(d), shownFields(s));
    }

    private List<Activity> activities(DemoData.Deal d) {
        List<Activity> activities = new ArrayList<>();
        if (d.activities() != null) {
            for (DemoData.Activity a : d.activities()) {
                Instant at = dates.instant(a.at());
                Instant created = a.created() == null ? at : dates.instant(a.created());
                activities.add(new Activity(a.id(), ActivityType.valueOf(a.type()), created, at,
                        Boolean.TRUE.equals(a.open()), null));
            }
        }
        state.activities.stream().filter(a -> a.dealId.equals(d.id())).forEach(a -> activities.add(
                new Activity(a.id, ActivityType.valueOf(a.type), a.createdAt, a.at, a.open, null)));
        state.notes.stream().filter(n -> n.dealId.equals(d.id())).forEach(n -> activities.add(
                new Activity(n.id, ActivityType.NOTE, n.timestamp, n.timestamp, false, WrittenKind.NOTE)));
        state.tasks.stream().filter(t -> t.dealId.equals(d.id())).forEach(t -> activities.add(
                new Activity(t.id, ActivityType.TASK, t.createdAt, t.due.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant(),
                        !"COMPLETED".equals(t.status), WrittenKind.valueOf(t.kind))));
        return activities;
    }

    private static DealFocusFields shownFields(DemoState.DealState s) {
        if (s == null) {
            return DealFocusFields.empty();
        }
        String score = s.fields.get(FIELD_PROPERTIES.get(DealField.SCORE));
        String expires = s.fields.get(FIELD_PROPERTIES.get(DealField.EXPIRES_ON));
        return new DealFocusFields(blank(score) ? null : Integer.valueOf(score),
                status(s.fields.get(FIELD_PROPERTIES.get(DealField.STATUS))),
                s.fields.get(FIELD_PROPERTIES.get(DealField.REASONS)),
                blank(expires) ? null : LocalDate.parse(expires),
                status(s.fields.get(FIELD_PROPERTIES.get(DealField.RECOMMENDED_STATUS))));
    }

    private static Status status(String value) {
        return blank(value) ? null : Status.valueOf(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Instant updatedAt(String dealId) {
        DemoState.DealState s = state.deals.get(dealId);
        DemoData.Deal d = deals.get(dealId);
        Instant base = Objects.requireNonNullElse(dates.instant(d.updated()), dates.instant(d.created()));
        return s != null && s.updatedAt != null && s.updatedAt.isAfter(base) ? s.updatedAt : base;
    }

    private DemoState.DealState dealState(String dealId) {
        return state.deals.computeIfAbsent(dealId, id -> new DemoState.DealState());
    }

    private DemoState load() {
        try {
            if (Files.exists(stateFile)) {
                return mapper.readValue(stateFile.toFile(), DemoState.class);
            }
            return new DemoState();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo CRM's state " + stateFile
                    + "; delete it to start the demo afresh", e);
        }
    }

    private void save() {
        try {
            Files.createDirectories(stateFile.getParent());
            Path tmp = stateFile.resolveSibling(STATE_FILE + ".tmp");
            mapper.writeValue(tmp.toFile(), state);
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CrmException(CrmException.Kind.RETRY, "cannot save the demo CRM's state: " + e.getMessage(), e);
        }
    }
}
