package dev.dealfocus.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.crm.shared.DailyAllowance;
import dev.dealfocus.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotUsageTest {
    // 23:30 in New York on 29 November
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T04:30:00Z"), ZoneOffset.UTC);
    private final DailyAllowance allowance = new DailyAllowance("HubSpot", 0.8, Duration.ofHours(1), clock);
    private final HubSpotUsage usage = new HubSpotUsage(allowance, ZoneId.of("America/New_York"), clock);

    @Test
    void givenDailyHeaders_observe_recordsUsageResettingAtTheAccountsMidnight() {
        usage.observe(Map.of("X-HubSpot-RateLimit-Daily", "250000", "X-HubSpot-RateLimit-Daily-Remaining", "49000",
                "X-HubSpot-RateLimit-Max", "100", "X-HubSpot-RateLimit-Remaining", "97"));
        DailyAllowance.Usage seen = allowance.current();
        assertThat(seen.used()).isEqualTo(201_000);
        assertThat(seen.limit()).isEqualTo(250_000);
        assertThat(seen.resetsAt()).isEqualTo(Instant.parse("2026-11-30T05:00:00Z"));
    }

    @Test
    void givenHeadersInLowerCase_observe_readsThemToo() {
        usage.observe(Map.of("x-hubspot-ratelimit-daily", "250000", "x-hubspot-ratelimit-daily-remaining", "1"));
        assertThat(allowance.current().used()).isEqualTo(249_999);
    }

    @Test
    void givenASearchAnswerWithoutHeaders_observe_keepsWhatItKnew() {
        usage.observe(Map.of("X-HubSpot-RateLimit-Daily", "250000", "X-HubSpot-RateLimit-Daily-Remaining", "200000"));
        usage.observe(Map.of("Content-Type", "application/json"));
        assertThat(allowance.current().used()).isEqualTo(50_000);
    }

    @Test
    void givenTheUsageApiAnswer_observe_takesThePrivateAppsDailyCount() {
        usage.observeUsageApi("""
                {"results":[{"name":"private-apps-api-calls-daily","usageLimit":500000,"currentUsage":123,
                  "collectedAt":"2026-11-30T04:29:00Z","fetchStatus":"SUCCESS","resetsAt":"2026-11-30T05:00:00Z"}]}""");
        assertThat(allowance.current().used()).isEqualTo(123);
        assertThat(allowance.current().limit()).isEqualTo(500_000);
        assertThat(allowance.current().resetsAt()).isEqualTo(Instant.parse("2026-11-30T05:00:00Z"));
    }

    @Test
    void givenGarbledHeaders_observe_ignoresThem() {
        usage.observe(Map.of("X-HubSpot-RateLimit-Daily", "lots", "X-HubSpot-RateLimit-Daily-Remaining", "1"));
        assertThat(allowance.current()).isNull();
    }
}
