package io.communityedu.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What front-end teams rely on in a service's OpenAPI document: every operation documents its success
 * body (204 and 304 have none), every 201 its Location, every 4xx/5xx the problem+json format, and every
 * {@code $ref} resolves (the gateway merges the documents and drops what nothing refers to).
 */
public final class OpenApiContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Set<String> NO_BODY = Set.of("204", "304");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private OpenApiContract() {
    }

    /** Each broken rule as "METHOD path status: what is wrong"; empty when the document is complete. */
    public static List<String> violations(Map<String, Object> document) {
        List<String> violations = new ArrayList<>();
        map(document, "paths").forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            Map<String, Object> responses = map(operation, "responses");
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                violations.add(where + ": no 2xx response");
            }
            responses.forEach((code, response) -> {
                Map<String, Object> content = map(response, "content");
                if (code.startsWith("2") && !NO_BODY.contains(code)) {
                    if (content.isEmpty()) {
                        violations.add(where + " " + code + ": no content");
                    }
                    content.forEach((type, media) -> {
                        if (map(media, "schema").isEmpty()) {
                            violations.add(where + " " + code + ": no schema for " + type);
                        }
                    });
                }
                if (code.equals("201") && !map(response, "headers").containsKey("Location")) {
                    violations.add(where + " 201: no Location header");
                }
                if ((code.startsWith("4") || code.startsWith("5"))
                        && !(content.keySet().equals(Set.of("application/problem+json"))
                        && PROBLEM_REF.equals(map(map(content, "application/problem+json"), "schema").get("$ref")))) {
                    violations.add(where + " " + code + ": not application/problem+json with the Problem schema");
                }
            });
        }));
        Map<String, Object> schemas = map(map(document, "components"), "schemas");
        if (!map(schemas.get("Problem"), "properties").keySet()
                .equals(Set.of("type", "title", "status", "detail", "code", "errors"))) {
            violations.add("components: Problem schema missing or with other properties");
        }
        if (!map(schemas.get("FieldError"), "properties").keySet().equals(Set.of("field", "message"))) {
            violations.add("components: FieldError schema missing or with other properties");
        }
        danglingRefs(document, document, violations);
        return violations;
    }

    private static void danglingRefs(Object node, Map<String, Object> document, List<String> violations) {
        if (node instanceof Map<?, ?> object) {
            if (object.get("$ref") instanceof String ref) {
                Object target = document;
                for (String segment : ref.replaceFirst("^#/", "").split("/")) {
                    target = map(target).get(segment);
                }
                if (target == null) {
                    violations.add("dangling reference " + ref);
                }
            }
            object.values().forEach(child -> danglingRefs(child, document, violations));
        } else if (node instanceof List<?> list) {
            list.forEach(child -> danglingRefs(child, document, violations));
        }
    }

    private static Map<String, Object> map(Object node, String key) {
        return map(map(node).get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
