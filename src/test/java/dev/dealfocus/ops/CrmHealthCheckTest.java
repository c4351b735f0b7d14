package dev.dealfocus.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmCapabilities;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.core.port.CrmGateway;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.DealPage;
import dev.dealfocus.core.port.ReadSpec;
import dev.dealfocus.core.port.WriteResult;
import dev.dealfocus.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Issue 7, item 8: health requests answer from a cached probe, not one API call each. */
class CrmHealthCheckTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("UTC"));

    /** A CRM that only answers pings, and counts them. */
    private static final class PingCounter implements CrmGateway {
        int pings;
        volatile boolean down;

        @Override
        public CrmCapabilities capabilities() {
            return new CrmCapabilities("counting", 100, 100, Set.of(), CrmCapabilities.TextFormat.PLAIN, 1000, 1000);
        }

        @Override
        public void ping(ApiCalls calls) {
            pings++;
            calls.add(1);
            if (down) {
                throw new CrmException(CrmException.Kind.RETRY, "503 Service Unavailable");
            }
        }

        @Override
        public String account(ApiCalls calls) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DealPage readDeals(ReadSpec spec, Instant modifiedSince, String cursor, ApiCalls calls) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DealPage readDealsById(ReadSpec spec, Collection<String> ids, ApiCalls calls) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WriteResult> apply(List<CrmWrite> writes, ApiCalls calls) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, String> findCreated(Collection<CrmWrite> creates, ApiCalls calls) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void givenManyHealthRequestsWithinAMinute_call_probesTheCrmOnce() {
        PingCounter crm = new PingCounter();
        CrmHealthCheck check = new CrmHealthCheck(crm, clock, Duration.ofSeconds(60));
        for (int i = 0; i < 20; i++) {
            assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            clock.advance(Duration.ofSeconds(2));
        }
        assertThat(crm.pings).isEqualTo(1);
    }

    @Test
    void givenTheCacheTimeHasPassed_call_probesAgainAndReportsAnOutage() {
        PingCounter crm = new PingCounter();
        CrmHealthCheck check = new CrmHealthCheck(crm, clock, Duration.ofSeconds(60));
        check.call();
        crm.down = true;
        assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        clock.advance(Duration.ofSeconds(61));
        HealthCheckResponse down = check.call();
        assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(down.getData()).hasValueSatisfying(d -> assertThat(d).containsEntry("error", "503 Service Unavailable"));
        assertThat(crm.pings).isEqualTo(2);
    }
}
