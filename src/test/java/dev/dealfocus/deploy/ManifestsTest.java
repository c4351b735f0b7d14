package dev.dealfocus.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: deploy/kubernetes rendered for each overlay (kustomize's subset in {@link Kustomize}) matches the
 * application and validates against the Kubernetes 1.30 schemas: the probes answer on the running service, the port is the service's, every {@code DEALFOCUS_*}
 * variable and every key of the rules' ConfigMap is a real configuration key (and the rules load), only
 * {@code /webhooks/} is exposed, the pod runs as non-root on a read-only root with {@code /tmp} writable, and every
 * Secret it reads is in the example.
 */
@QuarkusTest
class ManifestsTest {
    private static final Path KUSTOMIZE = Path.of("deploy/kubernetes");

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"hubspot", "salesforce"})
    void givenAnOverlay_itsManifestsMatchTheApplication(String overlay) throws Exception {
        List<ObjectNode> objects = Kustomize.render(KUSTOMIZE.resolve("overlays").resolve(overlay));
        Map<String, ObjectNode> byKind = new HashMap<>();
        objects.forEach(o -> assertThat(byKind.put(o.path("kind").asText(), o)).as("one " + o.path("kind").asText()).isNull());
        assertThat(byKind.keySet()).containsExactlyInAnyOrder("ServiceAccount", "Deployment", "Service", "PodDisruptionBudget",
                "NetworkPolicy", "Ingress", "ConfigMap");
        for (ObjectNode o : objects) {
            assertThat(KubernetesSchemas.violations(o)).as(o.path("kind").asText() + " against the Kubernetes 1.30 schema").isEmpty();
        }
        JsonNode deployment = byKind.get("Deployment");
        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(2);
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);

        // the port and the probes are the service's own
        // the packaged service's port: application.properties (outside the test profile) or Quarkus's default, and the image's
        Properties shipped = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            shipped.load(in);
        }
        int port = Integer.parseInt(shipped.getProperty("quarkus.http.port", "8080"));
        assertThat(shipped.getProperty("quarkus.jib.ports")).isEqualTo(String.valueOf(port));
        assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(port);
        assertThat(container.path("ports").get(0).path("name").asText()).isEqualTo("http");
        assertThat(byKind.get("Service").path("spec").path("ports").get(0).path("targetPort").asText()).isEqualTo("http");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertThat(get.path("port").asText()).as(probe).isEqualTo("http");
            RestAssured.get(get.path("path").asText()).then().statusCode(200);
        }

        // every DEALFOCUS_* variable is a configuration key; the CRM is the overlay's
        List<String> variables = new ArrayList<>();
        container.path("env").forEach(e -> variables.add(e.path("name").asText()));
        assertThat(variables).filteredOn(v -> v.startsWith("DEALFOCUS_")).isNotEmpty()
                .allSatisfy(v -> assertThat(ConfigKeys.knowsVariable(v)).as(v + " is a configuration key").isTrue());
        assertThat(container.path("env").findValuesAsText("value")).contains(overlay);

        // the rules: every key is one, and they load as the service loads them
        ObjectNode rules = byKind.get("ConfigMap");
        assertThat(rules.path("metadata").path("name").asText()).matches("dealfocus-rules-[0-9a-f]{10}");
        Properties p = new Properties();
        p.load(new StringReader(rules.path("data").path("application.properties").asText()));
        assertThat(p.stringPropertyNames()).isNotEmpty()
                .allSatisfy(k -> assertThat(ConfigKeys.knowsProperty(k)).as(k + " is a configuration key").isTrue());
        Map<String, String> values = new HashMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        assertThat(dev.dealfocus.config.ConfigFixture.mapping(values).replicas().leaseTtl()).isNotNull();
        JsonNode mount = container.path("volumeMounts").findParent("mountPath");
        assertThat(pod.path("volumes").findValuesAsText("name")).contains("rules", "tmp");
        assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).as("Quarkus reads config/ of the image's working"
                + " directory").contains("/home/jboss/config", "/tmp");
        assertThat(pod.path("volumes").get(0).path("configMap").path("name").asText()).isEqualTo(rules.path("metadata").path("name").asText());
        assertThat(mount).isNotNull();

        // safety of the pod
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean()).isFalse();
        int shutdown = Integer.parseInt(ConfigProvider.getConfig().getValue("quarkus.shutdown.timeout", String.class).replace("s", ""));
        assertThat(pod.path("terminationGracePeriodSeconds").asInt()).as("longer than the service's own shutdown").isGreaterThan(shutdown);
        assertThat(container.path("resources").path("requests").path("memory").asText()).isNotEmpty();
        assertThat(byKind.get("PodDisruptionBudget").path("spec").path("minAvailable").asInt()).isEqualTo(1);

        // only the CRMs' deliveries come from outside
        List<String> paths = byKind.get("Ingress").findValuesAsText("path");
        assertThat(paths).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith("/webhooks/"));

        // every Secret the pod reads is in the example, with its key
        Map<String, Set<String>> secrets = new HashMap<>();
        for (ObjectNode s : Kustomize.read(KUSTOMIZE.resolve("base/secret.example.yaml"))) {
            Set<String> keys = new java.util.HashSet<>();
            s.path("stringData").fieldNames().forEachRemaining(keys::add);
            secrets.put(s.path("metadata").path("name").asText(), keys);
        }
        for (JsonNode ref : container.path("env").findValues("secretKeyRef")) {
            assertThat(secrets.getOrDefault(ref.path("name").asText(), Set.of())).as("Secret " + ref.path("name").asText())
                    .contains(ref.path("key").asText());
        }
    }

    @org.junit.jupiter.api.Test
    void givenTheServiceMonitorComponent_itScrapesTheMetricsPath() throws Exception {
        List<ObjectNode> monitor = Kustomize.render(KUSTOMIZE.resolve("components/servicemonitor"));
        assertThat(monitor).singleElement().satisfies(m -> {
            assertThat(m.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
            JsonNode endpoint = m.path("spec").path("endpoints").get(0);
            assertThat(endpoint.path("port").asText()).isEqualTo("http");
            RestAssured.get(endpoint.path("path").asText()).then().statusCode(200);
        });
    }
}
