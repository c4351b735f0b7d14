package dev.dealfocus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.testing.PackagedService;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as an operator starts it (java -jar, production profile, PostgreSQL): a
 * wrong setting stops the start with a message naming the key, a restart keeps the journal, and a
 * store bound to one CRM account refuses another.
 */
class ServiceProcessIT extends OnPackagedService {
    private PackagedService start(String name, String... settings) throws Exception {
        return PackagedService.start(work, name, postgres.getJdbcUrl("postgres", "postgres"), settings);
    }

    /** Starts the service and expects it to stop on its own, non-zero, saying {@code message}. */
    private void assertRefused(String name, String message, String... settings) throws Exception {
        PackagedService s = start(name, settings);
        assertThat(s.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(s.process().exitValue()).isNotZero();
        assertThat(s.output()).contains(message);
    }

    @Test
    void givenNurtureThresholdAboveActive_start_refusesWithTheKeyAndTheFix() throws Exception {
        assertRefused("bands", "dealfocus.bands.nurture-min=80: must not be above dealfocus.bands.active-min=70",
                "dealfocus.api.keys=" + PackagedService.KEY_SETTING, "dealfocus.bands.nurture-min=80");
    }

    @Test
    void givenNoApiKeysInProduction_start_refusesNamingTheKey() throws Exception {
        assertRefused("keys", "dealfocus.api.keys is missing");
    }

    @Test
    void givenUnknownProvider_start_refusesNamingTheKey() throws Exception {
        assertRefused("provider", "dealfocus.crm.provider=pipedrive: not a supported CRM",
                "dealfocus.api.keys=" + PackagedService.KEY_SETTING, "dealfocus.crm.provider=pipedrive");
    }

    @Test
    void givenRestart_journalAndLatestAssessmentsAreStillThere() throws Exception {
        PackagedService first = start("first", "dealfocus.api.keys=" + PackagedService.KEY_SETTING);
        assertThat(first.port()).as(first.output()).isPositive();
        HttpResponse<String> run = first.call("POST", "/api/runs?confirm=true");
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("\"outcome\":\"APPLIED\"");
        String runId = run.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        first.stop();

        PackagedService second = start("second", "dealfocus.api.keys=" + PackagedService.KEY_SETTING);
        try {
            assertThat(second.port()).as(second.output()).isPositive();
            assertThat(second.call("GET", "/api/runs/" + runId).body()).contains("\"outcome\":\"APPLIED\"");
            assertThat(second.call("GET", "/api/deals/D-1018/assessment").body())
                    .contains("\"lastApplied\":{\"status\":\"PARKED\"");
            assertThat(second.call("POST", "/api/runs").body()).contains("\"writes\":0");
            assertThat(second.output()).containsPattern("run [0-9a-f-]+ APPLIED \\(manual, (full scan|incremental)\\)");
        } finally {
            second.stop();
        }
        assertRefused("other-account", "belongs to the CRM account demo:demo, but the CRM answers as demo:sandbox",
                "dealfocus.api.keys=" + PackagedService.KEY_SETTING, "dealfocus.demo.account=sandbox");
    }
}
