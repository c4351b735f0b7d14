package dev.dealfocus.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.port.RunJournal;
import dev.dealfocus.core.port.RunSummary;
import dev.dealfocus.core.port.Trigger;
import dev.dealfocus.testing.DemoStateResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RunAtStartTest.RunAtStart.class)
@QuarkusTestResource(DemoStateResource.class)
class RunAtStartTest {
    /** The service configured to run once right after start. */
    public static class RunAtStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dealfocus.schedule.run-at-start", "true");
        }
    }

    @Inject
    RunJournal journal;

    @Test
    void givenRunAtStart_start_runsOnceInTheBackgroundAndRespectsTheSafetyCap() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<RunSummary> runs = journal.recent(5);
        while (runs.stream().noneMatch(r -> r.finishedAt() != null) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            runs = journal.recent(5);
        }
        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.trigger()).isEqualTo(Trigger.STARTUP);
            assertThat(r.outcome().name()).isEqualTo("HELD");
        });
    }
}
