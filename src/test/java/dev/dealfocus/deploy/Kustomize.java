package dev.dealfocus.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * The part of kustomize deploy/kubernetes uses, in Java, so the build renders the overlays without the binary:
 * {@code resources} (files and directories), {@code labels}, {@code configMapGenerator} with {@code files} (a name
 * suffix from the content's hash, references in Deployments renamed), {@code images}, {@code components}, and
 * {@code patches} as strategic merges of a Deployment (containers and env entries merged by name). The GitHub workflow
 * renders them with {@code kubectl kustomize} too, so this subset cannot drift from kustomize unnoticed.
 */
final class Kustomize {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomize() {
    }

    /** The rendered objects of the kustomization in {@code dir}. */
    static List<ObjectNode> render(Path dir) throws IOException {
        JsonNode k = YAML.readTree(dir.resolve("kustomization.yaml").toFile());
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(render(p));
            } else {
                out.addAll(read(p));
            }
        }
        for (JsonNode c : k.path("components")) {
            out.addAll(render(dir.resolve(c.asText()).normalize()));
        }
        for (JsonNode g : k.path("configMapGenerator")) {
            ObjectNode map = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
            ObjectNode data = map.putObject("data");
            StringBuilder all = new StringBuilder();
            for (JsonNode f : g.path("files")) {
                String content = Files.readString(dir.resolve(f.asText()), StandardCharsets.UTF_8);
                data.put(Path.of(f.asText()).getFileName().toString(), content);
                all.append(content);
            }
            String name = g.path("name").asText() + "-" + hash(all.toString());
            map.putObject("metadata").put("name", name);
            for (ObjectNode o : out) {
                if (o.path("kind").asText().equals("Deployment")) {
                    for (JsonNode v : o.path("spec").path("template").path("spec").path("volumes")) {
                        if (v.path("configMap").path("name").asText().equals(g.path("name").asText())) {
                            ((ObjectNode) v.path("configMap")).put("name", name);
                        }
                    }
                }
            }
            out.add(map);
        }
        for (JsonNode p : k.path("patches")) {
            JsonNode patch = YAML.readTree(dir.resolve(p.path("path").asText()).toFile());
            for (ObjectNode o : out) {
                if (o.path("kind").asText().equals(p.path("target").path("kind").asText())
                        && o.path("metadata").path("name").asText().equals(p.path("target").path("name").asText())) {
                    merge(o, patch);
                }
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode o : out) {
                for (JsonNode c : o.path("spec").path("template").path("spec").path("containers")) {
                    if (c.path("image").asText().equals(image.path("name").asText())) {
                        ((ObjectNode) c).put("image", image.path("newName").asText() + ":" + image.path("newTag").asText());
                    }
                }
            }
        }
        for (JsonNode l : k.path("labels")) {
            for (ObjectNode o : out) {
                ObjectNode labels = o.with("metadata").with("labels");
                l.path("pairs").fields().forEachRemaining(e -> labels.set(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    static List<ObjectNode> read(Path file) throws IOException {
        List<ObjectNode> docs = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode d = it.next();
                if (d != null && d.isObject()) {
                    docs.add((ObjectNode) d);
                }
            }
        }
        return docs;
    }

    /** A strategic merge: objects key by key, lists of named entries by name, other values replaced. */
    static void merge(ObjectNode target, JsonNode patch) {
        patch.fields().forEachRemaining(e -> {
            JsonNode there = target.get(e.getKey());
            JsonNode value = e.getValue();
            if (there instanceof ObjectNode t && value.isObject()) {
                merge(t, value);
            } else if (there instanceof ArrayNode list && value.isArray() && named(value)) {
                for (JsonNode item : value) {
                    ObjectNode same = null;
                    for (JsonNode x : list) {
                        if (x.path("name").asText().equals(item.path("name").asText())) {
                            same = (ObjectNode) x;
                        }
                    }
                    if (same != null) {
                        merge(same, item);
                    } else {
                        list.add(item.deepCopy());
                    }
                }
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        });
    }

    private static boolean named(JsonNode list) {
        for (JsonNode x : list) {
            if (!x.has("name")) {
                return false;
            }
        }
        return true;
    }

    private static String hash(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
