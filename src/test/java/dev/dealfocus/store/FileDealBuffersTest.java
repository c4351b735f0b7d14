package dev.dealfocus.store;

import static dev.dealfocus.core.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.port.DealBuffer;
import dev.dealfocus.testing.Mappers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 7, item 11: a run keeps the deals it read on disk, page by page, and nothing after the run. */
class FileDealBuffersTest {
    private final FileDealBuffers buffers = new FileDealBuffers(Mappers.service());

    @Test
    void givenDealsWithEverything_buffer_givesThemBackUnchangedInPagesOfTheAskedSize() {
        List<DealBuffer.Read> reads = IntStream.range(0, 250).mapToObj(i -> new DealBuffer.Read(deal().id("D-" + i)
                .probability("0.35").closeDate(Fixtures.TODAY.plusDays(9), 2).property("df_fit_evidence", "Fits ✓ «as is»")
                .contacts(new Contact("C-" + i, "CHAMPION", Consent.PAUSED))
                .logged(ActivityType.CALL, Fixtures.TODAY.minusDays(3))
                .byDealFocus(WrittenKind.REENGAGE_TASK, Fixtures.TODAY.plusDays(90), true)
                .shown(55, Status.NURTURE, "BAND", Fixtures.TODAY.plusDays(12)).build(), Fixtures.NOW.plusSeconds(i))).toList();
        List<List<DealBuffer.Read>> pages = new ArrayList<>();
        try (DealBuffer buffer = buffers.open()) {
            buffer.add(reads.subList(0, 120));
            buffer.add(reads.subList(120, 250));
            buffer.forEachPage(100, pages::add);
        }
        assertThat(pages).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(reads);
    }

    @Test
    void givenARunThatEnded_buffer_leavesNoFileBehind() throws Exception {
        Path file;
        try (DealBuffer buffer = buffers.open()) {
            buffer.add(List.of(new DealBuffer.Read(deal().build(), Fixtures.NOW)));
            try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                file = temp.filter(p -> p.getFileName().toString().startsWith("dealfocus-run-"))
                        .max(java.util.Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
            }
            assertThat(file).exists();
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void givenOneDeal_snapshot_isTheSameAfterTheRoundTrip() {
        DealSnapshot deal = deal().build();
        List<DealBuffer.Read> back = new ArrayList<>();
        try (DealBuffer buffer = buffers.open()) {
            buffer.add(List.of(new DealBuffer.Read(deal, Fixtures.NOW)));
            buffer.forEachPage(10, back::addAll);
            buffer.forEachPage(10, back::addAll);
        }
        assertThat(back).extracting(DealBuffer.Read::deal).containsExactly(deal, deal);
    }
}
