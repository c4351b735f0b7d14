package dev.dealfocus.config;

import static dev.dealfocus.config.ConfigFixture.DEMO_PROPERTIES;
import static dev.dealfocus.config.ConfigFixture.mapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.ExpiryAction;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.scoring.Dimension;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyFactoryTest {

    private static Policy build(Map<String, String> overrides) {
        return PolicyFactory.build(mapping(overrides), DEMO_PROPERTIES, "rules-test");
    }

    private static ConfigurationError refused(Map<String, String> overrides) {
        try {
            build(overrides);
        } catch (ConfigurationError e) {
            return e;
        }
        throw new AssertionError("the configuration was accepted: " + overrides);
    }

    @Test
    void givenShippedDefaults_build_givesThePolicyOfDomainMd() {
        Policy policy = build(Map.of());
        assertThat(policy.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(policy.defaults().bands().activeMin()).isEqualTo(70);
        assertThat(policy.defaults().bands().nurtureMin()).isEqualTo(55);
        assertThat(policy.defaults().expiry().days()).isEqualTo(30);
        assertThat(policy.rulesFor("renewals").expiry().action()).isEqualTo(ExpiryAction.CLOSE);
        assertThat(policy.dimensions()).containsOnlyKeys(Dimension.values());
        assertThat(policy.dimensions().get(Dimension.BUDGET).repEntered().pointsFor("approved")).contains(20);
        assertThat(policy.signals().persistDays()).isEqualTo(14);
        assertThat(policy.safetyCap()).isEqualByComparingTo("0.20");
        assertThat(policy.autoClose()).isFalse();
    }

    @Test
    void givenPipelineOverridesAndStages_build_mapsThem() {
        Policy policy = build(Map.of("dealfocus.pipelines.enterprise.active-min", "80",
                "dealfocus.pipelines.enterprise.nurture-min", "60", "dealfocus.stages.parked", "closedlost"));
        assertThat(policy.rulesFor("enterprise").bands().activeMin()).isEqualTo(80);
        assertThat(policy.rulesFor("enterprise").stageFor(Status.PARKED)).contains("closedlost");
        assertThat(policy.rulesFor("default").stageFor(Status.PARKED)).contains("closedlost");
    }

    @Test
    void givenNurtureThresholdAboveActive_build_refusesNamingTheKeyAndFix() {
        assertThat(refused(Map.of("dealfocus.bands.nurture-min", "80")).problems()).containsExactly(
                "dealfocus.bands.nurture-min=80: must not be above dealfocus.bands.active-min=70; lower nurture-min or raise active-min");
    }

    @Test
    void givenPointsOutside0To20_build_refusesNamingTheOption() {
        assertThat(refused(Map.of("dealfocus.dimensions.budget.options.approved", "25")).problems())
                .containsExactly("dealfocus.dimensions.budget.options.approved=25: points must be 0-20");
    }

    @Test
    void givenDerivedRuleWithoutItsProperty_build_refusesNamingTheMissingKey() {
        assertThat(refused(Map.of("dealfocus.dimensions.problem.derived", "filled-property")).problems())
                .containsExactly("dealfocus.dimensions.problem.derived-property is missing: "
                        + "name the CRM property whose text answers the question");
    }

    @Test
    void givenMappingToAPropertyTheCrmLacks_build_refusesNamingTheProperty() {
        assertThat(refused(Map.of("dealfocus.dimensions.fit.property", "dealfocus_fitt")).problems())
                .singleElement().asString().contains("dealfocus_fitt").contains("the demo CRM has no such deal property");
    }

    @Test
    void givenUnknownTimeZoneDimensionSignalAndAction_build_reportsEveryProblemAtOnce() {
        ConfigurationError e = refused(Map.of("dealfocus.time-zone", "Mars/Olympus", "dealfocus.expiry.action", "delete",
                "dealfocus.dimensions.urgency.property", "dealfocus_problem", "dealfocus.signals.flags.gut-feeling", "x"));
        assertThat(e.problems()).hasSize(4);
        assertThat(e.getMessage()).startsWith("DealFocus cannot start: 4 configuration problems:")
                .contains("dealfocus.time-zone=Mars/Olympus").contains("dealfocus.expiry.action=delete")
                .contains("dealfocus.dimensions.urgency").contains("dealfocus.signals.flags.gut-feeling");
    }

    @Test
    void givenSafetyCapAboveOne_build_refuses() {
        assertThat(refused(Map.of("dealfocus.safety-cap", "20")).problems())
                .containsExactly("dealfocus.safety-cap=20: use a share between 0 and 1, e.g. 0.20 for 20 %");
    }

    @Test
    void givenTextWhereANumberBelongs_config_namesTheKey() {
        assertThatThrownBy(() -> mapping(Map.of("dealfocus.bands.active-min", "high")))
                .hasMessageContaining("dealfocus.bands.active-min");
    }

    @Test
    void givenUnknownProvider_crm_refusesNamingTheKey() {
        assertThatThrownBy(() -> new CoreWiring().crm(mapping(Map.of("dealfocus.crm.provider", "pipedrive")), null, null, null))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("dealfocus.crm.provider=pipedrive: not a supported CRM; use demo, hubspot or salesforce");
    }

    @Test
    void givenTheCrmCannotListItsProperties_build_skipsThePropertyCheck() {
        Policy policy = PolicyFactory.build(mapping(Map.of("dealfocus.dimensions.fit.property", "anything")), Set.of(), "r");
        assertThat(policy.dimensions().get(Dimension.FIT).repEntered().property()).isEqualTo("anything");
    }
}
