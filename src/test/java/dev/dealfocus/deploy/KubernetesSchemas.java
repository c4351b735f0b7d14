package dev.dealfocus.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kubernetes 1.30 schemas of the kinds deploy/kubernetes uses (src/test/resources/kubernetes-schemas, strict: a
 * field the API does not know is an error, as for {@code kubeconform -strict}).
 */
final class KubernetesSchemas {
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private KubernetesSchemas() {
    }

    /** What is wrong with an object; empty when it is valid. */
    static List<String> violations(JsonNode object) {
        String file = file(object.path("kind").asText(), object.path("apiVersion").asText());
        JsonSchema schema = SCHEMAS.computeIfAbsent(file, KubernetesSchemas::load);
        return schema.validate(object).stream().map(ValidationMessage::getMessage).toList();
    }

    /** kubeconform's naming: {@code deployment-apps-v1.json}, {@code service-v1.json}. */
    static String file(String kind, String apiVersion) {
        String[] groupVersion = apiVersion.split("/");
        String group = groupVersion.length == 2 ? "-" + groupVersion[0].split("\\.")[0] : "";
        String version = groupVersion[groupVersion.length - 1];
        return kind.toLowerCase() + group + "-" + version + ".json";
    }

    private static JsonSchema load(String file) {
        String path = "kubernetes-schemas/v1.30.0-standalone-strict/" + file;
        try (InputStream in = KubernetesSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no Kubernetes schema " + path + ": add it (src/test/resources/kubernetes-schemas/README.md)");
            }
            // the files name "http://json-schema.org/schema#" as their dialect, which is no meta-schema to fetch: draft-04 it is
            com.fasterxml.jackson.databind.node.ObjectNode schema = (com.fasterxml.jackson.databind.node.ObjectNode)
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            schema.remove("$schema");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
