package dev.dealfocus.testing.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks request bodies against HubSpot's published request schemas (an extract of HubSpot's public
 * API spec collection in {@code hubspot-spec/request-schemas.json}, which names its source): required
 * fields, types, enums, and no field the schema does not know. One documented exception: search
 * {@code sorts} are objects, as the API takes them, though the spec types them as strings
 * (docs/BEHAVIOR-hubspot.md, "Quirks").
 */
public final class SpecCheck {
    private static final JsonNode SPEC = load();
    private static final Map<String, Pattern> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    private SpecCheck() {
    }

    /** What is wrong with the body of {@code POST path}; empty when it is valid, or the path has no body schema. */
    public static List<String> violations(String method, String path, JsonNode body) {
        List<String> problems = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> ops = SPEC.path("operations").fields();
        while (ops.hasNext()) {
            Map.Entry<String, JsonNode> op = ops.next();
            String[] parts = op.getKey().split(" ", 2);
            if (parts[0].equals(method) && matches(parts[1], path)) {
                check(schema(op.getValue().asText()), body, op.getValue().asText(), problems);
                return problems;
            }
        }
        return problems;
    }

    /** Whether HubSpot's spec declares a body for {@code method path}. */
    public static boolean knows(String method, String path) {
        Iterator<String> ops = SPEC.path("operations").fieldNames();
        while (ops.hasNext()) {
            String[] parts = ops.next().split(" ", 2);
            if (parts[0].equals(method) && matches(parts[1], path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String template, String path) {
        return TEMPLATES.computeIfAbsent(template, t -> Pattern.compile(Pattern.quote(t).replace("{version}", "\\E[0-9]{4}-[0-9]{2}\\Q")
                .replaceAll("\\{[A-Za-z]+\\}", "\\\\E[^/]+\\\\Q"))).matcher(path.split("\\?")[0]).matches();
    }

    private static JsonNode schema(String name) {
        return SPEC.path("schemas").path(name);
    }

    private static void check(JsonNode schema, JsonNode value, String where, List<String> problems) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replaceAll(".*/", "");
            check(schema(name), value, where, problems);
            return;
        }
        if (where.endsWith(".sorts[]") && value.isObject()) {
            // the quirk: objects {propertyName, direction}, as HubSpot's docs and API take them
            if (!value.path("propertyName").isTextual()) {
                problems.add(where + ": a sort needs propertyName");
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(where + ": expected an object, was " + value.getNodeType());
                    return;
                }
                schema.path("required").forEach(r -> {
                    if (!value.has(r.asText())) {
                        problems.add(where + ": required " + r.asText() + " is missing");
                    }
                });
                JsonNode known = schema.path("properties");
                JsonNode additional = schema.path("additionalProperties");
                value.fields().forEachRemaining(f -> {
                    if (known.has(f.getKey())) {
                        check(known.path(f.getKey()), f.getValue(), where + "." + f.getKey(), problems);
                    } else if (additional.isObject()) {
                        check(additional, f.getValue(), where + "." + f.getKey(), problems);
                    } else {
                        problems.add(where + ": " + f.getKey() + " is not in the spec");
                    }
                });
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + ": expected an array");
                    return;
                }
                value.forEach(item -> check(schema.path("items"), item, where + "[]", problems));
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(where + ": expected a string, was " + value.getNodeType() + " " + value);
                } else if (schema.has("enum")) {
                    boolean listed = false;
                    for (JsonNode e : schema.path("enum")) {
                        listed |= e.asText().equals(value.asText());
                    }
                    if (!listed) {
                        problems.add(where + ": " + value.asText() + " is not one of " + schema.path("enum"));
                    }
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(where + ": expected an integer, was " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(where + ": expected a boolean, was " + value);
                }
            }
            default -> {
                // no type: anything goes
            }
        }
    }

    private static JsonNode load() {
        try (InputStream in = SpecCheck.class.getClassLoader().getResourceAsStream("hubspot-spec/request-schemas.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
