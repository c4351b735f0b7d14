package dev.dealfocus.crm.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.eaters.Effort;
import dev.dealfocus.core.eaters.EffortActivity;
import dev.dealfocus.core.eaters.EffortPolicy;
import dev.dealfocus.core.eaters.HoursSpent;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 4, on HubSpot: a deal's effort from its calls, meetings, emails and tasks (associations batch
 * read, then batch reads of the engagements), and the hours-spent property from its history.
 */
@QuarkusTest
class HubSpotEffortTest extends WireMockHubSpot {
    private static final String STAMPS = "\"createdAt\":\"2026-10-01T09:00:00Z\",\"updatedAt\":\"2026-10-01T09:00:00Z\",\"archived\":false";
    private static final Instant Q4 = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant Q1 = Instant.parse("2027-01-01T00:00:00Z");

    private static String record(String id, String properties) {
        return "{\"id\":\"" + id + "\",\"properties\":{" + properties + "}," + STAMPS + "}";
    }

    @Test
    void givenADealsEngagements_effort_countsHeldCallsMeetingsSentEmailsAndDoneTasksButNeverDealFocusOwn() {
        associated("calls", "101", "102");
        associated("meetings", "201", "202", "203");
        associated("emails", "301", "302");
        associated("tasks", "401", "402", "403");
        objects("calls",
                record("101", "\"hs_timestamp\":\"2026-10-05T09:00:00Z\",\"hs_call_duration\":\"1500000\",\"hs_call_status\":\"COMPLETED\""),
                record("102", "\"hs_timestamp\":\"2026-10-06T09:00:00Z\",\"hs_call_duration\":\"0\",\"hs_call_status\":\"NO_ANSWER\""));
        objects("meetings",
                record("201", "\"hs_timestamp\":\"2026-10-07T09:00:00Z\",\"hs_meeting_start_time\":\"2026-10-07T09:00:00Z\","
                        + "\"hs_meeting_end_time\":\"2026-10-07T09:45:00Z\",\"hs_meeting_outcome\":\"COMPLETED\""),
                record("202", "\"hs_timestamp\":\"2026-10-08T09:00:00Z\",\"hs_meeting_start_time\":\"2026-10-08T09:00:00Z\","
                        + "\"hs_meeting_end_time\":\"2026-10-08T10:00:00Z\",\"hs_meeting_outcome\":\"CANCELED\""),
                record("203", "\"hs_timestamp\":\"2026-09-28T09:00:00Z\",\"hs_meeting_start_time\":\"2026-09-28T09:00:00Z\","
                        + "\"hs_meeting_end_time\":\"2026-09-28T10:00:00Z\",\"hs_meeting_outcome\":\"COMPLETED\""));
        objects("emails",
                record("301", "\"hs_timestamp\":\"2026-10-09T09:00:00Z\",\"hs_email_direction\":\"EMAIL\""),
                record("302", "\"hs_timestamp\":\"2026-10-09T10:00:00Z\",\"hs_email_direction\":\"INCOMING_EMAIL\""));
        objects("tasks",
                record("401", "\"hs_timestamp\":\"2026-10-10T09:00:00Z\",\"hs_task_status\":\"COMPLETED\","
                        + "\"hs_task_completion_date\":\"2026-10-12T09:00:00Z\",\"dealfocus_key\":null,\"hs_task_body\":\"<p>Send the deck</p>\""),
                record("402", "\"hs_timestamp\":\"2026-10-10T09:00:00Z\",\"hs_task_status\":\"NOT_STARTED\",\"dealfocus_key\":null"),
                record("403", "\"hs_timestamp\":\"2026-10-11T09:00:00Z\",\"hs_task_status\":\"COMPLETED\","
                        + "\"dealfocus_key\":\"QUALIFY_TASK:k1\",\"hs_task_body\":\"<p>Qualify</p>\""));

        HubSpotEffort effort = new HubSpotEffort(http, new HubSpotAssociations(http, "2026-03"), "2026-03", clock);
        List<EffortActivity> activities = effort.read(List.of("7"), calls).get("7");

        assertThat(activities).hasSize(10);
        // 25 min call + 45 min meeting + 5 min email + 10 min task; the unanswered call, the cancelled meeting, the
        // meeting of the previous quarter, the incoming email, the open task and DealFocus's own task count nothing
        assertThat(Effort.hours(activities, EffortPolicy.DEFAULT, Q4, Q1)).isEqualByComparingTo("1.42");
        hubspot.verify(postRequestedFor(urlEqualTo("/crm/objects/2026-03/calls/batch/read?archived=false"))
                .withRequestBody(equalToJson("{\"properties\":[\"hs_timestamp\",\"hs_call_duration\",\"hs_call_status\"],"
                        + "\"inputs\":[{\"id\":\"101\"},{\"id\":\"102\"}]}", true, true)));
        assertThat(calls.count()).as("four association reads, four engagement reads").isEqualTo(8);
    }

    @Test
    void givenAnHoursSpentProperty_hoursSpent_takesItsValueAtBothEndsOfTheQuarterFromItsHistory() {
        answerPost("/crm/objects/2026-03/deals/batch/read?archived=false", "{\"status\":\"COMPLETE\",\"startedAt\":\"2026-11-30T09:00:00Z\","
                + "\"completedAt\":\"2026-11-30T09:00:00Z\",\"results\":[{\"id\":\"7\",\"properties\":{\"hours_spent\":\"30\"},"
                + "\"propertiesWithHistory\":{\"hours_spent\":["
                + "{\"value\":\"30\",\"timestamp\":\"2026-12-20T10:00:00Z\",\"sourceType\":\"CRM_UI\"},"
                + "{\"value\":\"12\",\"timestamp\":\"2026-09-15T10:00:00Z\",\"sourceType\":\"CRM_UI\"},"
                + "{\"value\":\"4\",\"timestamp\":\"2026-08-01T10:00:00Z\",\"sourceType\":\"CRM_UI\"}]}," + STAMPS + "}]}");
        Map<String, HoursSpent> spent = new HubSpotEffort(http, new HubSpotAssociations(http, "2026-03"), "2026-03", clock)
                .hoursSpent(List.of("7"), "hours_spent", Q4, Q1, calls);
        assertThat(spent.get("7").atStart()).isEqualByComparingTo("12");
        assertThat(spent.get("7").atEnd()).isEqualByComparingTo("30");
        assertThat(spent.get("7").increase()).isEqualByComparingTo(new BigDecimal("18"));
        hubspot.verify(postRequestedFor(urlEqualTo("/crm/objects/2026-03/deals/batch/read?archived=false"))
                .withRequestBody(equalToJson("{\"properties\":[\"hours_spent\"],\"propertiesWithHistory\":[\"hours_spent\"],"
                        + "\"inputs\":[{\"id\":\"7\"}]}", true, true)));
    }
}
