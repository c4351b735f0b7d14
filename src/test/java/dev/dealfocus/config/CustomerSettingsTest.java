package dev.dealfocus.config;

import static dev.dealfocus.config.ConfigFixture.mapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.crm.shared.CustomerProperties;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code dealfocus.customers.*}: a wrong combination stops the start naming its keys; a good one maps the signs. */
class CustomerSettingsTest {
    @Test
    void givenAUsageScoreWithoutItsMinimum_theStartStops_namingBothKeys() {
        assertThatThrownBy(() -> CustomerSettings.healthPolicy(mapping(Map.of("dealfocus.customers.signals.usage.score-property",
                "health_score")))).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("dealfocus.customers.signals.usage.score-property")
                .hasMessageContaining("dealfocus.customers.signals.usage.score-min");
    }

    @Test
    void givenASignFromAPropertyAndFromRecords_theStartStops_namingBoth() {
        assertThatThrownBy(() -> CustomerSettings.healthPolicy(mapping(Map.of(
                "dealfocus.customers.signals.escalations.property", "escalations_30d",
                "dealfocus.customers.signals.escalations.from-records", "true"))))
                .hasMessageContaining("dealfocus.customers.signals.escalations.property and dealfocus.customers.signals"
                        + ".escalations.from-records are both set");
    }

    @Test
    void givenInvoicesOnSalesforce_theStartStops_sinceSalesCloudHasNone() {
        assertThatThrownBy(() -> CustomerSettings.healthPolicy(mapping(Map.of("dealfocus.crm.provider", "salesforce",
                "dealfocus.customers.signals.payment.from-invoices", "true"))))
                .hasMessageContaining("dealfocus.customers.signals.payment.from-invoices=true: Sales Cloud has no invoice object");
    }

    @Test
    void givenAScoreAndRecords_theMappingCarriesThem_andTheMinimumReachesThePolicy() {
        DealFocusConfig config = mapping(Map.of("dealfocus.customers.signals.usage.score-property", "health_score",
                "dealfocus.customers.signals.usage.score-min", "40", "dealfocus.customers.signals.escalations.from-records", "true",
                "dealfocus.customers.signals.change-requests.record-category", "FEATURE_REQUEST"));
        assertThat(CustomerSettings.healthPolicy(config).usageScoreMin()).isEqualByComparingTo(new BigDecimal("40"));
        CustomerProperties p = CustomerSettings.properties(config, "dealfocus_health");
        assertThat(p.usageScore()).isEqualTo("health_score");
        assertThat(p.records().escalations()).isTrue();
        assertThat(p.records().changeCategory()).isEqualTo("FEATURE_REQUEST");
        assertThat(p.anySign()).isTrue();
        assertThat(CustomerSettings.properties(mapping(Map.of("dealfocus.customers.enabled", "false",
                "dealfocus.customers.signals.usage.property", "last_login")), "dealfocus_health").anySign())
                .as("customers off: nothing is read").isFalse();
    }
}
