package dev.dealfocus.config;

import static dev.dealfocus.config.ConfigFixture.mapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealfocus.crm.hubspot.HubSpotCrm;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderDefaultsTest {

    @Test
    void givenHubSpotAndNoOtherKey_theHubSpotDefaultsMapEveryQuestionAndTheBudgetCheckbox() {
        DealFocusConfig config = mapping(Map.of("dealfocus.crm.provider", "hubspot"));
        assertThat(config.dimensions().keySet()).containsExactlyInAnyOrder("problem", "decision-maker", "timeline", "budget", "fit");
        assertThat(config.dimensions().get("budget").derivedProperty()).contains("dealfocus_budget_approved");
        assertThat(config.dimensions().get("decision-maker").roles()).containsEntry("DECISION_MAKER", 20);
        assertThat(config.value().probabilityScale()).isEqualByComparingTo("1");
        assertThat(config.pipelines()).as("the demo's renewals pipeline is no HubSpot pipeline").isEmpty();
    }

    @Test
    void givenAUserKey_itOverridesThatOneDefaultAndKeepsTheOthers() {
        DealFocusConfig config = mapping(Map.of("dealfocus.crm.provider", "hubspot",
                "dealfocus.dimensions.problem.property", "pain_confirmed"));
        assertThat(config.dimensions().get("problem").property()).contains("pain_confirmed");
        assertThat(config.dimensions().get("problem").options()).containsEntry("named", 20);
        assertThat(config.dimensions().get("fit").property()).contains("dealfocus_fit");
    }

    @Test
    void givenTheHubSpotFallbackOwner_itIsAlsoTheOwnerOfDealsWithoutOne() {
        assertThat(mapping(Map.of("dealfocus.crm.provider", "hubspot", "dealfocus.hubspot.fallback-owner", "77"))
                .fallbackOwner()).contains("77");
        assertThat(mapping(Map.of("dealfocus.crm.provider", "hubspot")).fallbackOwner()).isEmpty();
    }

    @Test
    void givenTheDemo_theDemoDefaultsApply() {
        assertThat(mapping(Map.of()).pipelines()).containsKey("renewals");
    }

    @Test
    void givenHubSpotWithoutToken_settingsRefuseNamingTheKeyAndTheVariable() {
        assertThatThrownBy(() -> HubSpotWiring.settings(mapping(Map.of("dealfocus.crm.provider", "hubspot"))))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("dealfocus.hubspot.access-token").hasMessageContaining("DEALFOCUS_HUBSPOT_ACCESS_TOKEN");
    }

    @Test
    void givenBadHubSpotSettings_eachKeyIsNamed() {
        assertThatThrownBy(() -> HubSpotWiring.settings(mapping(Map.of("dealfocus.crm.provider", "hubspot",
                "dealfocus.hubspot.access-token", "pat-x", "dealfocus.hubspot.base-url", "not a url",
                "dealfocus.hubspot.search-per-second", "9", "dealfocus.hubspot.task-due-time", "nine"))))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("dealfocus.hubspot.base-url").hasMessageContaining("dealfocus.hubspot.search-per-second")
                .hasMessageContaining("dealfocus.hubspot.task-due-time");
    }

    @Test
    void givenATokenAndDefaults_settingsNeverShowTheToken() {
        HubSpotCrm.Settings settings = HubSpotWiring.settings(mapping(Map.of("dealfocus.crm.provider", "hubspot",
                "dealfocus.hubspot.access-token", "pat-na1-secret")));
        assertThat(settings.baseUrl().toString()).isEqualTo("https://api.hubapi.com/");
        assertThat(settings.apiVersion()).isEqualTo("2026-03");
        assertThat(settings.requestsPer10s()).isEqualTo(100);
        assertThat(settings.toString()).doesNotContain("secret").contains("token set");
    }

    @Test
    void givenSalesforceAndNoOtherKey_theSalesforceDefaultsMapTheQuestionsRolesAndStandardStages() {
        DealFocusConfig config = mapping(Map.of("dealfocus.crm.provider", "salesforce"));
        assertThat(config.dimensions().get("problem").property()).contains("DealFocus_Problem__c");
        assertThat(config.dimensions().get("problem").options()).as("points 0-20 in a number field").isEmpty();
        assertThat(config.dimensions().get("decision-maker").roles()).containsEntry("ECONOMIC_BUYER", 20)
                .containsEntry("DECISION_MAKER", 20);
        assertThat(config.value().probabilityScale()).isEqualByComparingTo("100");
        assertThat(config.value().stageProbabilities()).containsEntry("Id. Decision Makers", new java.math.BigDecimal("0.6"))
                .containsEntry("Negotiation/Review", new java.math.BigDecimal("0.9")).hasSize(8);
        assertThat(config.value().defaultHours()).containsKey("Proposal/Price Quote");
        assertThat(config.scope().optOutProperty()).isEqualTo("DealFocus_Exclude__c");
    }

    @Test
    void givenSalesforceWithoutLogin_settingsRefuseNamingEveryMissingKey() {
        assertThatThrownBy(() -> SalesforceWiring.settings(mapping(Map.of("dealfocus.crm.provider", "salesforce"))))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining("dealfocus.salesforce.login-url")
                .hasMessageContaining("dealfocus.salesforce.client-id").hasMessageContaining("dealfocus.salesforce.client-secret");
    }

    @Test
    void givenBadSalesforceSettings_eachKeyIsNamed() {
        assertThatThrownBy(() -> SalesforceWiring.settings(mapping(Map.of("dealfocus.crm.provider", "salesforce",
                "dealfocus.salesforce.login-url", "https://acme.my.salesforce.com", "dealfocus.salesforce.client-id", "3MVG",
                "dealfocus.salesforce.username", "dealfocus@acme.example", "dealfocus.salesforce.private-key-file", "/no/such/key.pem",
                "dealfocus.salesforce.organization-id", "001abc", "dealfocus.salesforce.write-batch", "500",
                "dealfocus.salesforce.api-version", "67"))))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining("dealfocus.salesforce.private-key-file")
                .hasMessageContaining("dealfocus.salesforce.organization-id").hasMessageContaining("dealfocus.salesforce.write-batch")
                .hasMessageContaining("dealfocus.salesforce.api-version");
    }

    @Test
    void givenClientCredentials_settingsNeverShowTheSecret() {
        var settings = SalesforceWiring.settings(mapping(Map.of("dealfocus.crm.provider", "salesforce",
                "dealfocus.salesforce.login-url", "https://acme.my.salesforce.com", "dealfocus.salesforce.client-id", "3MVG",
                "dealfocus.salesforce.client-secret", "very-secret")));
        assertThat(settings.apiVersion()).isEqualTo("v67.0");
        assertThat(settings.writeBatch()).isEqualTo(200);
        assertThat(settings.teamField()).isEqualTo("Department");
        assertThat(settings.toString()).doesNotContain("very-secret").contains("client credentials");
    }

    @Test
    void givenTheJwtBearerFlow_theKeyFileIsReadAsPkcs8_andAPkcs1KeyIsRefusedWithTheCommandThatConvertsIt(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        var org = new dev.dealfocus.testing.salesforce.SalesforceSimulator(java.time.Clock.systemUTC());
        java.nio.file.Path key = java.nio.file.Files.writeString(dir.resolve("key.pem"), org.privateKeyPem());
        var settings = SalesforceWiring.settings(mapping(Map.of("dealfocus.crm.provider", "salesforce",
                "dealfocus.salesforce.login-url", "https://acme.my.salesforce.com", "dealfocus.salesforce.client-id", "3MVG",
                "dealfocus.salesforce.username", "dealfocus@acme.example", "dealfocus.salesforce.private-key-file", key.toString())));
        assertThat(settings.privateKey()).isNotNull();
        assertThat(settings.privateKey().getEncoded()).isEqualTo(org.privateKey().getEncoded());
        java.nio.file.Path pkcs1 = java.nio.file.Files.writeString(dir.resolve("rsa.pem"),
                "-----BEGIN RSA PRIVATE KEY-----\nMIIEow==\n-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> SalesforceWiring.settings(mapping(Map.of("dealfocus.crm.provider", "salesforce",
                "dealfocus.salesforce.login-url", "https://acme.my.salesforce.com", "dealfocus.salesforce.client-id", "3MVG",
                "dealfocus.salesforce.username", "dealfocus@acme.example", "dealfocus.salesforce.private-key-file", pkcs1.toString()))))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining("openssl pkcs8").hasMessageNotContaining("MIIEow");
    }
}
