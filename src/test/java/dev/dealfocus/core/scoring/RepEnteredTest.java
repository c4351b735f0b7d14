package dev.dealfocus.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RepEnteredTest {
    private static final RepEntered WITH_OPTIONS = new RepEntered("budget", Map.of("approved", 20, "none", 0), null);

    @Test
    void givenAConfiguredOption_pointsFor_mapsItWhateverItsCase() {
        assertThat(WITH_OPTIONS.pointsFor(" Approved ")).contains(20);
    }

    @Test
    void givenPointsInAPropertyWithOptions_pointsFor_takesThePointsThemselves() {
        // many portals already keep the points in a number property: both ways read
        assertThat(WITH_OPTIONS.pointsFor("15")).contains(15);
        assertThat(WITH_OPTIONS.pointsFor("15.0")).contains(15);
    }

    @Test
    void givenNeitherAnOptionNorPoints_pointsFor_isEmpty() {
        assertThat(WITH_OPTIONS.pointsFor("maybe")).isEmpty();
        assertThat(WITH_OPTIONS.pointsFor("21")).isEmpty();
        assertThat(WITH_OPTIONS.pointsFor("7.5")).isEmpty();
        assertThat(WITH_OPTIONS.pointsFor("-1")).isEmpty();
    }

    @Test
    void givenNoOptions_pointsFor_readsPointsOnly() {
        RepEntered points = new RepEntered("fit", Map.of(), null);
        assertThat(points.pointsFor("20")).contains(20);
        assertThat(points.pointsFor("approved")).isEmpty();
    }
}
