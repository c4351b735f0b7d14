package dev.dealfocus.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.decision.Status;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.core.sync.DealField;
import dev.dealfocus.core.sync.TaskPriority;
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

    /** A gateway on a CRM holding at least {@link #expectedDeals()} deals, among them {@link #knownDealId()}. */
    protected abstract CrmGateway gateway() throws Exception;

    protected abstract String knownDealId();

    protected abstract int expectedDeals();

    /** The instant the gateway's clock stands at when the test writes. */
    protected abstract Instant now();

    @BeforeEach
    void setUp() throws Exception {
        crm = gateway();
    }

    private List<DealSnapshot> readAll(Instant since) {
        List<DealSnapshot> all = new ArrayList<>();
        String cursor = null;
        do {
            DealPage page = crm.readDeals(since, cursor);
            assertThat(page.deals().size()).isLessThanOrEqualTo(crm.capabilities().readBatchSize());
            all.addAll(page.deals());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    @Test
    void givenFullScan_readDeals_returnsEveryDealOnceAcrossPages() {
        List<DealSnapshot> all = readAll(null);
        Set<String> ids = new HashSet<>();
        all.forEach(d -> assertThat(ids.add(d.id())).as("deal %s read twice", d.id()).isTrue());
        assertThat(all).hasSizeGreaterThanOrEqualTo(expectedDeals());
        assertThat(ids).contains(knownDealId());
    }

    @Test
    void givenIdsWithOneUnknown_readDealsById_returnsTheKnownOnes() {
        List<DealSnapshot> found = crm.readDealsById(List.of(knownDealId(), "no-such-deal"));
        assertThat(found).extracting(DealSnapshot::id).containsExactly(knownDealId());
    }

    @Test
    void givenFieldUpdate_apply_showsTheValuesOnTheNextRead() {
        List<WriteResult> results = crm.apply(List.of(new CrmWrite.FieldUpdate(knownDealId(), "k-fields",
                Map.of(DealField.SCORE, "64", DealField.STATUS, "NURTURE", DealField.REASONS, "BAND",
                        DealField.EXPIRES_ON, "2027-01-15"), null)));
        assertThat(results).singleElement().satisfies(r -> assertThat(r.ok()).isTrue());
        DealSnapshot deal = crm.readDealsById(List.of(knownDealId())).get(0);
        assertThat(deal.dealFocus().score()).isEqualTo(64);
        assertThat(deal.dealFocus().status()).isEqualTo(Status.NURTURE);
        assertThat(deal.dealFocus().reasons()).isEqualTo("BAND");
        assertThat(deal.dealFocus().expiresOn()).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void givenNoteAndTask_apply_showsThemAsDealFocusActivitiesThatAreNoNextStep() {
        List<WriteResult> results = crm.apply(List.of(
                new CrmWrite.Note(knownDealId(), "k-note", "O-1", now(), "Parked: no dated next step."),
                new CrmWrite.Task(knownDealId(), "k-task", WrittenKind.REENGAGE_TASK, "O-1", LocalDate.of(2027, 3, 1),
                        TaskPriority.MEDIUM, "Re-engagement check", "Check the budget round.")));
        assertThat(results).extracting(WriteResult::key).containsExactly("k-note", "k-task");
        assertThat(results).allSatisfy(r -> assertThat(r.ok()).isTrue());
        DealSnapshot deal = crm.readDealsById(List.of(knownDealId())).get(0);
        assertThat(deal.activities()).filteredOn(a -> a.byDealFocus())
                .extracting(a -> a.dealFocusKind()).contains(WrittenKind.NOTE, WrittenKind.REENGAGE_TASK);
    }

    @Test
    void givenTheSameNoteKeyTwice_apply_writesOneNote() {
        CrmWrite note = new CrmWrite.Note(knownDealId(), "k-once", "O-1", now(), "Once only.");
        String first = crm.apply(List.of(note)).get(0).crmId();
        String second = crm.apply(List.of(note)).get(0).crmId();
        assertThat(second).isEqualTo(first);
        DealSnapshot deal = crm.readDealsById(List.of(knownDealId())).get(0);
        assertThat(deal.activities()).filteredOn(a -> a.dealFocusKind() == WrittenKind.NOTE).hasSize(1);
    }

    @Test
    void givenWriteToUnknownDeal_apply_failsThatItemOnlyAndSaysWhy() {
        List<WriteResult> results = crm.apply(List.of(
                new CrmWrite.FieldUpdate("no-such-deal", "k-bad", Map.of(DealField.SCORE, "1"), null),
                new CrmWrite.FieldUpdate(knownDealId(), "k-good", Map.of(DealField.SCORE, "2"), null)));
        assertThat(results.get(0).ok()).isFalse();
        assertThat(results.get(0).error()).contains("no-such-deal");
        assertThat(results.get(0).retryable()).isFalse();
        assertThat(results.get(1).ok()).isTrue();
    }

    @Test
    void givenAWrite_readDealsModifiedSince_includesThatDeal() {
        Instant before = now();
        crm.apply(List.of(new CrmWrite.FieldUpdate(knownDealId(), "k-mod", Map.of(DealField.SCORE, "77"), null)));
        assertThat(readAll(before)).extracting(DealSnapshot::id).contains(knownDealId());
    }

    @Test
    void givenCalls_apiCalls_countsThemAndBatchesStayWithinLimits() {
        long before = crm.apiCalls();
        crm.readDealsById(List.of(knownDealId()));
        crm.ping();
        assertThat(crm.apiCalls() - before).isEqualTo(2);
        assertThat(crm.capabilities().writeBatchSize()).isPositive();
    }
}
