package dev.dealfocus.crm.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmCapabilities;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.core.port.WriteResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The embedded demo CRM: deals from a JSON file, DealFocus's writes kept in a readable state file.
 * Like a real CRM, DealFocus's own notes and tasks appear among the deal's activities (marked as
 * DealFocus's), and every write moves the deal's last-modified time (docs/demo-crm.md).
 */
public final class DemoCrm implements CrmGateway, dev.dealfocus.core.eaters.EffortSource,
        dev.dealfocus.core.customer.CustomerSource {
    static final int PAGE_SIZE = 100;
    static final String STATE_FILE = "state.json";
    /**
     * How the demo CRM runs.
     *
     * @param account    the account it answers as: a store is bound to it
     * @param writeDelay how long each write batch takes after it is stored, before the answer comes back
     *                   (0 by default; tests use it to stop the service while a write is in flight)
     */
    public record Options(Path stateDir, String account, Duration writeDelay) {
        public static Options in(Path stateDir) {
            return new Options(stateDir, "demo", Duration.ZERO);
        }
    }

    private final DemoData data;
    private final Map<String, DemoData.Deal> deals = new LinkedHashMap<>();
    private final Path stateFile;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Options options;
    private final DemoSnapshots snapshots;
    private final DemoState state;

    private DemoCrm(DemoData data, Options options, ObjectMapper mapper, Clock clock) {
        this.data = data;
        this.options = options;
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.clock = clock;
        this.snapshots = new DemoSnapshots(data, new DemoDates(LocalDate.ofInstant(clock.instant(), clock.getZone()),
                clock.getZone()), clock.getZone());
        data.deals().stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(d -> deals.put(d.id(), d));
        this.stateFile = options.stateDir().resolve(STATE_FILE);
        this.state = load();
    }

    /** Opens the demo CRM on a data file in the format of docs/demo-crm.md. */
    public static DemoCrm open(InputStream json, Options options, ObjectMapper mapper, Clock clock) throws IOException {
        return new DemoCrm(mapper.readValue(json, DemoData.class), options, mapper, clock);
    }

    /** Opens the demo CRM as account {@code demo}, without a write delay. */
    public static DemoCrm open(InputStream json, Path stateDir, ObjectMapper mapper, Clock clock) throws IOException {
        return open(json, Options.in(stateDir), mapper, clock);
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
    public boolean writesCustomers() {
        return true;
    }

    /** Every customer of the data file, in one page, dates relative to today as for deals. */
    @Override
    public synchronized dev.dealfocus.core.customer.CustomerSource.Page readCustomers(String cursor, ApiCalls calls) {
        calls.add(1);
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        if (state.customersFrom == null) {
            state.customersFrom = today.toString();
            save();
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(state.customersFrom), today);
        DemoDates dates = new DemoDates(today, clock.getZone());
        return new dev.dealfocus.core.customer.CustomerSource.Page(data.customers().stream().map(c -> c.after(days)).map(c ->
                new dev.dealfocus.core.customer.CustomerFacts(c.id(), c.name(), c.successOwner() != null ? c.successOwner() : c.owner(),
                        dates.date(c.lastUsedOn()), null,
                        Boolean.TRUE.equals(c.paymentKnown()), dates.date(c.oldestUnpaidDue()), c.escalations30(), c.changeRequests90(),
                        c.delays(), shownLight(c))).toList(), null);
    }

    /** The light the CRM shows: what was written to the customer (by DealFocus or by hand), else the data file's. */
    private dev.dealfocus.core.customer.Light shownLight(DemoData.Customer c) {
        String written = state.customerFields.getOrDefault(c.id(), Map.of()).get("health");
        String shown = written != null && !written.isEmpty() ? written : c.shownLight();
        return shown == null ? null : dev.dealfocus.core.customer.Light.valueOf(shown);
    }

    @Override
    public String account(ApiCalls calls) {
        calls.add(1);
        return options.account();
    }

    @Override
    public synchronized DealPage readDeals(ReadSpec spec, Instant modifiedSince, String cursor, ApiCalls calls) {
        calls.add(1);
        List<DemoData.Deal> matching = deals.values().stream()
                .filter(d -> modifiedSince == null || !snapshots.updatedAt(d, state.deals.get(d.id())).isBefore(modifiedSince))
                .toList();
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(matching.size(), from + PAGE_SIZE);
        return snapshots.page(matching.subList(from, to), state, spec, modifiedSince != null,
                to < matching.size() ? String.valueOf(to) : null, clock.instant());
    }

    @Override
    public synchronized DealPage readDealsById(ReadSpec spec, Collection<String> ids, ApiCalls calls) {
        if (ids.size() > PAGE_SIZE) {
            throw new CrmException(CrmException.Kind.FAIL_FAST, "at most " + PAGE_SIZE + " ids per batch read");
        }
        calls.add(1);
        List<DemoData.Deal> found = ids.stream().filter(deals::containsKey).map(deals::get).toList();
        return snapshots.page(found, state, spec, false, null, clock.instant());
    }

    @Override
    public List<WriteResult> apply(List<CrmWrite> writes, ApiCalls calls) {
        if (writes.size() > PAGE_SIZE) {
            throw new CrmException(CrmException.Kind.FAIL_FAST, "at most " + PAGE_SIZE + " writes per batch");
        }
        if (writes.stream().map(CrmWrite::kind).distinct().count() > 1) {
            throw new IllegalArgumentException("one kind of write per batch, as a real CRM's batch endpoints take");
        }
        calls.add(1);
        List<WriteResult> results = new ArrayList<>();
        synchronized (this) {
            Instant now = clock.instant();
            writes.forEach(w -> results.add(DemoWrites.apply(w, state, deals.keySet(), now)));
            save();
        }
        pause(options.writeDelay()); // the answer is on its way back: a process stopped now lost it
        return results;
    }

    @Override
    public synchronized Map<String, String> findCreated(Collection<CrmWrite> creates, ApiCalls calls) {
        calls.add(1);
        Map<String, String> found = new HashMap<>();
        creates.forEach(w -> DemoWrites.created(w, state).ifPresent(id -> found.put(w.key(), id)));
        return found;
    }

    @Override
    public synchronized Map<String, List<dev.dealfocus.core.eaters.EffortActivity>> effort(Collection<String> dealIds, Instant from,
                                                                                        Instant to, ApiCalls calls) {
        calls.add(1); // one read, like the rest of the demo's batch reads
        Map<String, List<dev.dealfocus.core.eaters.EffortActivity>> out = new LinkedHashMap<>();
        for (String id : dealIds) {
            DemoData.Deal d = deals.get(id);
            if (d != null) {
                out.put(id, snapshots.effort(d, state));
            }
        }
        return out;
    }

    @Override
    public void ping(ApiCalls calls) {
        calls.add(1);
    }

    /** Reads the state under the demo CRM's lock (test code reads what DealFocus wrote through this). */
    synchronized <T> T read(Function<DemoState, T> reader) {
        return reader.apply(state);
    }

    /** Changes the state as a person in the CRM would, under the lock, and saves it (test code only). */
    synchronized void edit(String dealId, java.util.function.Consumer<DemoState.DealState> change) {
        DemoState.DealState deal = state.deals.computeIfAbsent(dealId, id -> new DemoState.DealState());
        change.accept(deal);
        deal.updatedAt = clock.instant();
        save();
    }

    /** Changes other records of the state (activities, tasks), then saves it (test code only). */
    synchronized void editState(java.util.function.Consumer<DemoState> change) {
        change.accept(state);
        save();
    }

    Clock clock() {
        return clock;
    }

    private static void pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
