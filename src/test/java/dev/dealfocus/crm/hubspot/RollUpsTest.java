package dev.dealfocus.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealFocusFields;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollUpsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // DealFocus parked the deal on 30 November and booked its re-engagement task for 1 March
    private static final DealFocusFields PARKED_BY_DEALFOCUS = new DealFocusFields(Map.of(
            DealField.OWN_TASK_DUE, "2027-03-01", DealField.OWN_ACTIVITY_AT, "2026-11-30T09:00:00Z"));

    @Test
    void givenOwnWriteIsTheLatest_read_claimsNothingForPeopleAndAsksForTheEngagements() {
        RollUps.Reading r = RollUps.read("7", Map.of(
                RollUps.LAST_ACTIVITY, "2026-11-30T09:00:05.120Z",          // DealFocus's note
                RollUps.NEXT_ACTIVITY, "2027-03-01T08:00:00Z"), PARKED_BY_DEALFOCUS, BERLIN); // its task
        assertThat(r.activities()).isEmpty();
        assertThat(r.needsEngagements()).isTrue();
    }

    @Test
    void givenAPersonsMeetingLaterThanDealFocusTask_read_cannotSeeItAndAsksForTheEngagements() {
        // HubSpot rolls up the earliest step only: DealFocus's task on 1 March hides a meeting on 15 March
        RollUps.Reading r = RollUps.read("7", Map.of(RollUps.NEXT_ACTIVITY, "2027-03-01T08:00:00Z"), PARKED_BY_DEALFOCUS, BERLIN);
        assertThat(r.needsEngagements()).isTrue();
    }

    @Test
    void givenAPersonsStepOnAnotherDay_read_takesItAsANextStepThatIsNeverNew() {
        RollUps.Reading r = RollUps.read("7", Map.of(RollUps.NEXT_ACTIVITY, "2026-12-10T14:00:00Z"), PARKED_BY_DEALFOCUS, BERLIN);
        assertThat(r.needsEngagements()).isFalse();
        Activity step = r.activities().get(0);
        assertThat(step.type()).isEqualTo(ActivityType.TASK);
        assertThat(step.open()).isTrue();
        assertThat(step.byDealFocus()).isFalse();
        assertThat(step.at()).isEqualTo(Instant.parse("2026-12-10T14:00:00Z"));
        assertThat(step.createdAt()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void givenActivityWellAfterDealFocusLastWrite_read_takesItAsAPersons() {
        RollUps.Reading r = RollUps.read("7", Map.of(RollUps.LAST_ACTIVITY, "2026-12-02T16:30:00Z"), PARKED_BY_DEALFOCUS, BERLIN);
        assertThat(r.needsEngagements()).isFalse();
        assertThat(r.activities()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.NOTE);
            assertThat(a.open()).isFalse();
            assertThat(a.at()).isEqualTo(Instant.parse("2026-12-02T16:30:00Z"));
        });
    }

    @Test
    void givenADealDealFocusNeverWroteTo_read_takesEveryRollUpAsPeoples() {
        RollUps.Reading r = RollUps.read("7", Map.of(RollUps.LAST_ACTIVITY, "1732953600000",
                RollUps.NEXT_ACTIVITY, "2026-12-10T14:00:00Z"), DealFocusFields.empty(), BERLIN);
        assertThat(r.needsEngagements()).isFalse();
        assertThat(r.activities()).hasSize(2);
        assertThat(r.activities().get(1).at()).isEqualTo(Instant.ofEpochMilli(1732953600000L));
    }

    @Test
    void givenNoRollUps_read_findsNothingAndNeedsNothing() {
        RollUps.Reading r = RollUps.read("7", Map.of(), PARKED_BY_DEALFOCUS, BERLIN);
        assertThat(r.activities()).isEmpty();
        assertThat(r.needsEngagements()).isFalse();
    }
}
