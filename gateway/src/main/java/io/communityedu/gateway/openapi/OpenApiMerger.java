package io.communityedu.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Merges the services' OpenAPI documents into one: the paths each service owns at the gateway,
 * and the components they use. A component two services define identically is kept once; one
 * they define differently is kept per service as {@code <service>.<Name>}, with that service's
 * references rewritten, so no service's schema silently replaces another's.
 */
public final class OpenApiMerger {

    /** One service's document and the path prefixes the gateway forwards to it. */
    public record ServiceDocument(String service, List<String> prefixes, ObjectNode document) {
    }

    private static final String COMPONENT_REF = "#/components/";

    private OpenApiMerger() {
    }

    public static ObjectNode merge(ObjectNode info, List<ServiceDocument> documents) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode merged = json.objectNode();
        merged.put("openapi", documents.stream()
                .map(d -> d.document().path("openapi").asText(null))
                .filter(v -> v != null)
                .findFirst().orElse("3.0.3"));
        merged.set("info", info);
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = json.objectNode();
        Map<String, ObjectNode> tags = new LinkedHashMap<>();

        for (ServiceDocument source : documents) {
            ObjectNode document = source.document().deepCopy();
            Map<String, String> renames = renamesFor(source.service(), document.path("components"), components);
            rewriteRefs(document, renames);
            document.path("components").properties().forEach(section -> section.getValue().properties().forEach(c -> {
                String name = renames.getOrDefault(COMPONENT_REF + section.getKey() + "/" + c.getKey(), c.getKey());
                ((ObjectNode) components.withObjectProperty(section.getKey())).set(lastSegment(name), c.getValue());
            }));
            document.path("paths").properties().forEach(path -> {
                if (owns(source.prefixes(), path.getKey()) && !paths.has(path.getKey())) {
                    paths.set(path.getKey(), path.getValue());
                }
            });
            document.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), (ObjectNode) tag));
        }
        if (!tags.isEmpty()) {
            merged.putArray("tags").addAll(tags.values());
        }
        pruneUnreferenced(components, paths);
        if (!components.isEmpty()) {
            merged.set("components", components);
        }
        return merged;
    }

    /** Drops components that only endpoints the gateway does not serve (such as /admin) referred to. */
    private static void pruneUnreferenced(ObjectNode components, JsonNode paths) {
        Set<String> reachable = new HashSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>(List.of(paths));
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENT_REF) && reachable.add(ref.asText())) {
                pending.push(components.at(ref.asText().substring(COMPONENT_REF.length() - 1)));
            }
            node.forEach(pending::push);
        }
        components.properties().forEach(section -> ((ObjectNode) section.getValue()).properties()
                .removeIf(c -> !reachable.contains(COMPONENT_REF + section.getKey() + "/" + c.getKey())));
        components.properties().removeIf(section -> section.getValue().isEmpty());
    }

    /** References to this service's components that must be renamed because another service defined them differently. */
    private static Map<String, String> renamesFor(String service, JsonNode own, ObjectNode merged) {
        Map<String, String> renames = new HashMap<>();
        own.properties().forEach(section -> section.getValue().properties().forEach(c -> {
            JsonNode existing = merged.path(section.getKey()).path(c.getKey());
            if (!existing.isMissingNode() && !existing.equals(c.getValue())) {
                String prefix = COMPONENT_REF + section.getKey() + "/";
                renames.put(prefix + c.getKey(), prefix + service + "." + c.getKey());
            }
        }));
        return renames;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            }
        }
        node.forEach(child -> rewriteRefs(child, renames));
    }

    private static boolean owns(List<String> prefixes, String path) {
        return prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    private static String lastSegment(String reference) {
        return reference.substring(reference.lastIndexOf('/') + 1);
    }
}
