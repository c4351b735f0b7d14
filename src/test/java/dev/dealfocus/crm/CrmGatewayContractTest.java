package dev.dealfocus.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.plan.TaskPriority;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.Departure;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.core.port.WriteResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CrmGateway} must do, whatever CRM is behind it. Each adapter has a small
 * subclass that builds the gateway against its CRM (the demo file, or WireMock speaking the real API).
 */
public abstract class CrmGatewayContractTest {
    protected CrmGateway crm;
    private final ApiCalls calls = new ApiCalls();

    /** A gateway on a CRM holding at least {@link #expectedDeals()} open deals, among them the ones named below. */
    protected abstract CrmGateway gateway() throws Exception;

    /** An open deal the tests write to. */
    protected abstract String knownDealId();

    /** Another open deal, which the tests never touch. */
    protected abstract String untouchedDealId();

    /** A deal that was closed in the CRM. */
    protected abstract String closedDealId();

    protected abstract int expectedDeals();

    /** An owner the CRM takes for a task (HubSpot: a numeric owner id it knows). */
    protected String ownerId() {
        return "O-1";
    }

    /** The properties the rules read, as the service would ask for them. */
    protected abstract ReadSpec spec();

    /** The instant the gateway's clock stands at when the test writes; later reads see writes at or after it. */
    protected abstract Instant now();

    /** A person changes the deal in the CRM, now; by default through a write, where the CRM cannot be edited otherwise. */
    protected void changeAsAPerson(String dealId) {
        crm.apply(List.of(new CrmWrite.FieldUpdate(dealId, "k-person", Map.of(DealField.SCORE, "77"), null)), calls);
    }

    /** The requests the CRM received so far, where the test can see them; else empty. */
    protected java.util.OptionalLong requestsReceived() {
        return java.util.OptionalLong.empty();
    }

    /** DealFocus's footprint beside its notes and tasks, as the core writes it (docs/deal-fields.md). */
    private void footprint(LocalDate taskDue) {
        crm.apply(List.of(new CrmWrite.FieldUpdate(knownDealId(), "k-footprint", Map.of(DealField.OWN_TASK_DUE, taskDue.toString(),
                DealField.OWN_ACTIVITY_AT, now().toString()), null)), calls);
    }

    @BeforeEach
    void setUp() throws Exception {
        crm = gateway();
    }

    private List<DealPage> pages(Instant since) {
        List<DealPage> pages = new ArrayList<>();
        String cursor = null;
        do {
            DealPage page = crm.readDeals(spec(), since, cursor, calls);
            pages.add(page);
            cursor = page.nextCursor();
        } while (cursor != null);
        return pages;
    }

    private List<DealSnapshot> readAll(Instant since) {
        return pages(since).stream().flatMap(p -> p.deals().stream()).toList();
    }

    private DealSnapshot read(String id) {
        return crm.readDealsById(spec(), List.of(id), calls).deals().get(0);
    }

    @Test
    void givenFullScan_readDeals_returnsEveryOpenDealOnceAcrossPagesOfAtMostTheReadBatchSize() {
        List<DealPage> pages = pages(null);
        pages.forEach(p -> assertThat(p.size()).isLessThanOrEqualTo(crm.capabilities().readBatchSize()));
        Set<String> ids = new HashSet<>();
        pages.stream().flatMap(p -> p.deals().stream())
                .forEach(d -> assertThat(ids.add(d.id())).as("deal %s read twice", d.id()).isTrue());
        assertThat(ids).hasSizeGreaterThanOrEqualTo(expectedDeals()).contains(knownDealId(), untouchedDealId());
    }

    @Test
    void givenADealClosedInTheCrm_read_reportsItAsADepartureNotAsAnOpenDeal() {
        List<Departure> departures = crm.readDealsById(spec(), List.of(closedDealId()), calls).departures();
        assertThat(departures).singleElement().satisfies(d -> {
            assertThat(d.dealId()).isEqualTo(closedDealId());
            assertThat(d.reason()).isEqualTo(Departure.Reason.CLOSED);
            assertThat(d.won()).as("closed as won: a deal won in a quarter is no time-eater").isTrue();
        });
        assertThat(readAll(null)).extracting(DealSnapshot::id).doesNotContain(closedDealId());
    }

    @Test
    void givenAChange_readDealsModifiedSince_returnsThatDealAndNotTheUntouchedOnes() {
        Instant before = now();
        changeAsAPerson(knownDealId());
        List<DealPage> pages = pages(before);
        List<String> ids = pages.stream().flatMap(p -> p.deals().stream()).map(DealSnapshot::id).toList();
        assertThat(ids).contains(knownDealId()).doesNotContain(untouchedDealId());
        assertThat(ids.size()).isLessThan(readAll(null).size());
        assertThat(pages.get(0).highWaterMark()).as("the CRM's own high-water mark").isNotNull()
                .isAfterOrEqualTo(before);
    }

    @Test
    void givenIdsWithOneUnknown_readDealsById_returnsTheKnownOnes() {
        DealPage page = crm.readDealsById(spec(), List.of(knownDealId(), "no-such-deal"), calls);
        assertThat(page.deals()).extracting(DealSnapshot::id).containsExactly(knownDealId());
    }

    @Test
    void givenAReadSpec_read_returnsOnlyTheRequestedProperties() {
        String asked = spec().properties().iterator().next();
        DealSnapshot deal = crm.readDealsById(new ReadSpec(Set.of(asked)), List.of(knownDealId()), calls).deals().get(0);
        assertThat(deal.properties().keySet()).isSubsetOf(Set.of(asked));
    }

    @Test
    void givenFieldUpdate_apply_showsTheValuesOnTheNextRead() {
        List<WriteResult> results = crm.apply(List.of(new CrmWrite.FieldUpdate(knownDealId(), "k-fields",
                Map.of(DealField.SCORE, "64", DealField.STATUS, "NURTURE", DealField.REASONS, "BAND",
                        DealField.EXPIRES_ON, "2027-01-15"), null)), calls);
        assertThat(results).singleElement().satisfies(r -> assertThat(r.ok()).isTrue());
        DealSnapshot deal = read(knownDealId());
        assertThat(deal.dealFocus().score()).isEqualTo(64);
        assertThat(deal.dealFocus().status()).isEqualTo(Status.NURTURE);
        assertThat(deal.dealFocus().reasons()).isEqualTo("BAND");
        assertThat(deal.dealFocus().expiresOn()).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void givenNoteAndTask_apply_showsThemAsDealFocusActivitiesThatAreNoNextStep() {
        List<WriteResult> notes = crm.apply(List.of(new CrmWrite.Note(knownDealId(), "k-note", "O-1", now(),
                "Parked: no dated next step.")), calls);
        List<WriteResult> tasks = crm.apply(List.of(new CrmWrite.Task(knownDealId(), "k-task", WrittenKind.REENGAGE_TASK,
                "O-1", LocalDate.of(2027, 3, 1), TaskPriority.MEDIUM, "Re-engagement check", "Check the budget round.")), calls);
        footprint(LocalDate.of(2027, 3, 1));
        assertThat(notes).extracting(WriteResult::key).containsExactly("k-note");
        assertThat(tasks).extracting(WriteResult::key).containsExactly("k-task");
        assertThat(notes.get(0).ok() && tasks.get(0).ok()).isTrue();
        assertThat(read(knownDealId()).activities()).filteredOn(Activity::byDealFocus)
                .extracting(Activity::dealFocusKind).contains(WrittenKind.NOTE, WrittenKind.REENGAGE_TASK);
    }

    @Test
    void givenCreatesThatReachedTheCrmOrNot_findCreated_findsExactlyTheOnesThatDid() {
        CrmWrite sent = new CrmWrite.Note(knownDealId(), "k-sent", "O-1", now(), "Sent.");
        CrmWrite lost = new CrmWrite.Note(knownDealId(), "k-lost", "O-1", now(), "Never sent.");
        String id = crm.apply(List.of(sent), calls).get(0).crmId();
        assertThat(crm.findCreated(List.of(sent, lost), calls)).containsExactly(Map.entry("k-sent", id));
    }

    @Test
    void givenATaskOnNoDeal_apply_createsItForItsOwner_findCreatedFindsItByKey_andNoDealShowsIt() {
        CrmWrite review = new CrmWrite.OwnerTask("k-review", WrittenKind.REVIEW_TASK, ownerId(), now().atZone(java.time.ZoneOffset.UTC)
                .toLocalDate(), "Weekly pipeline review 2026-W49: 1 deal(s) need a decision", "Full review: /api/reviews/weekly");
        CrmWrite never = new CrmWrite.OwnerTask("k-never", WrittenKind.REVIEW_TASK, ownerId(), now().atZone(java.time.ZoneOffset.UTC)
                .toLocalDate(), "Weekly pipeline review 2026-W48: 1 deal(s) need a decision", "Never sent.");
        List<WriteResult> results = crm.apply(List.of(review), calls);
        assertThat(results).singleElement().satisfies(r -> assertThat(r.ok()).as(String.valueOf(r.error())).isTrue());
        assertThat(crm.findCreated(List.of(review, never), calls)).containsExactly(Map.entry("k-review", results.get(0).crmId()));
        assertThat(read(knownDealId()).activities()).noneMatch(a -> a.id().equals(results.get(0).crmId()));
    }

    @Test
    void givenDealFocusTask_taskUpdate_movesItAndThenCompletesIt() {
        crm.apply(List.of(new CrmWrite.Task(knownDealId(), "k-t", WrittenKind.REENGAGE_TASK, "O-1",
                LocalDate.of(2027, 3, 1), TaskPriority.MEDIUM, "Check", "Body")), calls);
        footprint(LocalDate.of(2027, 3, 1));
        String taskId = read(knownDealId()).activities().stream()
                .filter(a -> a.dealFocusKind() == WrittenKind.REENGAGE_TASK).findFirst().orElseThrow().id();
        assertThat(crm.apply(List.of(new CrmWrite.TaskUpdate(knownDealId(), "k-move", taskId, LocalDate.of(2027, 5, 31),
                false)), calls).get(0).ok()).isTrue();
        assertThat(read(knownDealId()).activities()).filteredOn(a -> a.id().equals(taskId)).singleElement()
                .satisfies(t -> assertThat(t.open()).isTrue());
        assertThat(crm.apply(List.of(new CrmWrite.TaskUpdate(knownDealId(), "k-done", taskId, null, true)), calls)
                .get(0).ok()).isTrue();
        assertThat(read(knownDealId()).activities()).filteredOn(a -> a.id().equals(taskId)).singleElement()
                .satisfies(t -> assertThat(t.open()).isFalse());
    }

    @Test
    void givenWriteToUnknownDeal_apply_refusesThatItemOnlyAndSaysWhy() {
        List<WriteResult> results = crm.apply(List.of(
                new CrmWrite.FieldUpdate("no-such-deal", "k-bad", Map.of(DealField.SCORE, "1"), null),
                new CrmWrite.FieldUpdate(knownDealId(), "k-good", Map.of(DealField.SCORE, "2"), null)), calls);
        assertThat(results.get(0).outcome()).isEqualTo(WriteResult.Outcome.REFUSED);
        assertThat(results.get(0).error()).contains("no-such-deal");
        assertThat(results.get(1).ok()).isTrue();
    }

    @Test
    void givenWritesOfTwoKinds_apply_refusesTheBatchBeforeSendingAnything() {
        List<CrmWrite> mixed = List.of(new CrmWrite.FieldUpdate(knownDealId(), "k-f", Map.of(DealField.SCORE, "3"), null),
                new CrmWrite.Note(knownDealId(), "k-n", "O-1", now(), "Mixed."));
        assertThatThrownBy(() -> crm.apply(mixed, calls)).isInstanceOf(IllegalArgumentException.class);
        assertThat(crm.findCreated(List.of(mixed.get(1)), calls)).isEmpty();
    }

    @Test
    void givenCalls_apiCalls_addsEachCallToTheCallersCountOnly() {
        ApiCalls mine = new ApiCalls();
        ApiCalls other = new ApiCalls();
        crm.readDealsById(spec(), List.of(knownDealId()), calls); // directories and caches are warm, as in a running service
        long before = requestsReceived().orElse(0);
        crm.readDealsById(spec(), List.of(knownDealId()), mine);
        crm.ping(mine);
        if (requestsReceived().isPresent()) {
            assertThat(mine.count()).as("every request the CRM received").isEqualTo(requestsReceived().getAsLong() - before);
        } else {
            assertThat(mine.count()).isEqualTo(2);
        }
        assertThat(other.count()).isZero();
    }

    @Test
    void givenTheSameCrm_account_namesTheSameAccountEachTime() {
        String account = crm.account(calls);
        assertThat(account).isNotBlank().isEqualTo(crm.account(calls));
    }
}
