package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.WrittenKind;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A parked deal whose roll-ups are DealFocus's own: the engagements tell people's from its own. */
@QuarkusTest
class HubSpotEngagementsTest extends WireMockHubSpot {
    private static final String STAMPS = "\"createdAt\":\"2026-11-30T09:00:00Z\",\"updatedAt\":\"2026-11-30T09:00:00Z\",\"archived\":false";

    @Test
    void givenAPersonsMeetingLaterThanDealFocusTask_read_findsTheMeetingAsAPersonsAndTheTaskAsOwn() {
        associated("tasks", "9001");
        associated("meetings", "8001");
        associated("notes", "7001", "7002");
        associated("calls");
        associated("emails");
        objects("tasks", "{\"id\":\"9001\",\"properties\":{\"hs_timestamp\":\"2027-03-01T08:00:00Z\",\"hs_task_status\":\"NOT_STARTED\","
                + "\"hs_createdate\":\"2026-11-30T09:00:03Z\",\"dealfocus_key\":\"REENGAGE_TASK:k1\",\"hs_task_body\":\"<p>Re-engage</p>\"}," + STAMPS + "}");
        objects("meetings", "{\"id\":\"8001\",\"properties\":{\"hs_timestamp\":\"2027-03-15T13:00:00Z\",\"hs_meeting_start_time\":\"2027-03-15T13:00:00Z\","
                + "\"hs_meeting_outcome\":\"SCHEDULED\",\"hs_createdate\":\"2026-12-02T10:00:00Z\"}," + STAMPS + "}");
        objects("notes", "{\"id\":\"7001\",\"properties\":{\"hs_timestamp\":\"2026-11-30T09:00:00Z\",\"hs_createdate\":\"2026-11-30T09:00:02Z\","
                + "\"dealfocus_key\":null,\"hs_note_body\":\"<p>Parked.</p><p>DealFocus ref NOTE:k0</p>\"}," + STAMPS + "},"
                + "{\"id\":\"7002\",\"properties\":{\"hs_timestamp\":\"2026-10-20T15:00:00Z\",\"hs_createdate\":\"2026-10-20T15:00:00Z\","
                + "\"dealfocus_key\":null,\"hs_note_body\":\"<p>Called, budget frozen.</p>\"}," + STAMPS + "}");

        Map<String, List<Activity>> read = new HubSpotEngagements(http, new HubSpotAssociations(http, "2026-03"), "2026-03")
                .read(List.of("7"), calls);

        List<Activity> activities = read.get("7");
        assertThat(activities).extracting(Activity::id).containsExactlyInAnyOrder("9001", "8001", "7001", "7002");
        Activity task = activities.stream().filter(a -> a.id().equals("9001")).findFirst().orElseThrow();
        assertThat(task.dealFocusKind()).isEqualTo(WrittenKind.REENGAGE_TASK);
        assertThat(task.open()).isTrue();
        Activity meeting = activities.stream().filter(a -> a.id().equals("8001")).findFirst().orElseThrow();
        assertThat(meeting.type()).isEqualTo(ActivityType.MEETING);
        assertThat(meeting.byDealFocus()).isFalse();
        assertThat(meeting.open()).isTrue();
        assertThat(meeting.at()).isEqualTo(Instant.parse("2027-03-15T13:00:00Z"));
        assertThat(activities.stream().filter(a -> a.id().equals("7001")).findFirst().orElseThrow().dealFocusKind())
                .isEqualTo(WrittenKind.NOTE);
        assertThat(activities.stream().filter(a -> a.id().equals("7002")).findFirst().orElseThrow().byDealFocus()).isFalse();
        // five association reads, three engagement reads (no calls or emails to read)
        assertThat(calls.count()).isEqualTo(8);
    }
}
