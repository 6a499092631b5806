package io.communityedu.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into one: the paths each service owns at the gateway,
 * and the components they use. A component two services define identically is kept once; one
 * they define differently is kept per service as {@code <service>.<Name>}, with that service's
 * references rewritten, so no service's schema silently replaces another's.
 *
 * <p>Security: the services each declare their own scheme (a bearer JWT, whatever its name) and list
 * the realm roles an operation needs in its security requirement. The merged document replaces
 * those schemes with one, {@value #SECURITY_SCHEME}: OAuth 2 against the platform's Keycloak realm
 * (authorization code for people, client credentials for district systems). Each protected
 * operation then requires {@value #SECURITY_SCHEME} and names its roles in {@value #ROLES} (an empty
 * list: any signed-in caller) and at the end of its description; public operations stay without
 * {@code security}.
 */
public final class OpenApiMerger {

    /** One service's document and the path prefixes the gateway forwards to it. */
    public record ServiceDocument(String service, List<String> prefixes, ObjectNode document) {
    }

    /** The one security scheme of the merged document. */
    public static final String SECURITY_SCHEME = "keycloak";
    /** Operation extension listing the realm roles allowed to call it; empty means any signed-in caller. */
    public static final String ROLES = "x-roles";

    private static final String COMPONENT_REF = "#/components/";
    private static final String SECURITY_SCHEMES = "securitySchemes";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiMerger() {
    }

    /**
     * @param issuer the Keycloak realm's issuer URL, e.g. http://localhost:8180/realms/community-edu
     */
    public static ObjectNode merge(ObjectNode info, String issuer, List<ServiceDocument> documents) {
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
            // A service's own scheme is replaced, never merged (nor kept per service by the renaming below).
            if (document.path("components") instanceof ObjectNode own) {
                own.remove(SECURITY_SCHEMES);
            }
            JsonNode serviceWideSecurity = document.path("security");
            Map<String, String> renames = renamesFor(source.service(), document.path("components"), components);
            rewriteRefs(document, renames);
            document.path("components").properties().forEach(section -> section.getValue().properties().forEach(c -> {
                String name = renames.getOrDefault(COMPONENT_REF + section.getKey() + "/" + c.getKey(), c.getKey());
                ((ObjectNode) components.withObjectProperty(section.getKey())).set(lastSegment(name), c.getValue());
            }));
            document.path("paths").properties().forEach(path -> {
                if (owns(source.prefixes(), path.getKey()) && !paths.has(path.getKey())) {
                    path.getValue().properties().forEach(operation -> {
                        if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode op) {
                            secure(op, serviceWideSecurity);
                        }
                    });
                    paths.set(path.getKey(), path.getValue());
                }
            });
            document.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), (ObjectNode) tag));
        }
        if (!tags.isEmpty()) {
            merged.putArray("tags").addAll(tags.values());
        }
        pruneUnreferenced(components, paths);
        // Schemes are named by security requirements, not $ref: declared after pruning.
        ((ObjectNode) components.withObjectProperty(SECURITY_SCHEMES)).set(SECURITY_SCHEME, keycloak(issuer));
        merged.set("components", components);
        return merged;
    }

    /** OAuth 2 at the Keycloak realm: authorization code (with PKCE, for people) and client credentials (district systems). */
    static ObjectNode keycloak(String issuer) {
        String realm = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        String tokenUrl = realm + "/protocol/openid-connect/token";
        ObjectNode scheme = JsonNodeFactory.instance.objectNode();
        scheme.put("type", "oauth2");
        scheme.put("description", "Sign in at the platform's Keycloak realm (" + realm + ") and send the access token as "
                + "'Authorization: Bearer <token>'. People use the authorization code flow (with PKCE); district systems "
                + "the client credentials flow. Each operation's " + ROLES + " lists the realm roles that may call it "
                + "(empty: any signed-in caller); operations without security are public.");
        ObjectNode flows = scheme.putObject("flows");
        ObjectNode code = flows.putObject("authorizationCode");
        code.put("authorizationUrl", realm + "/protocol/openid-connect/auth");
        code.put("tokenUrl", tokenUrl);
        code.putObject("scopes");
        ObjectNode clientCredentials = flows.putObject("clientCredentials");
        clientCredentials.put("tokenUrl", tokenUrl);
        clientCredentials.putObject("scopes");
        return scheme;
    }

    /**
     * Points a protected operation's security at {@value #SECURITY_SCHEME} and carries the roles its
     * requirements listed (any scheme's) in {@value #ROLES} and the description. An operation without
     * security, or with an empty list, is public and left as it is. Applying it again changes nothing.
     */
    private static void secure(ObjectNode operation, JsonNode serviceWide) {
        JsonNode security = operation.has("security") ? operation.get("security") : serviceWide;
        if (!security.isArray() || security.isEmpty()) {
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        boolean anonymousAllowed = false;
        for (JsonNode requirement : security) {
            anonymousAllowed |= requirement.isEmpty(); // {} among the alternatives: signing in is optional
            requirement.forEach(scopes -> scopes.forEach(role -> roles.add(role.asText())));
        }
        operation.path(ROLES).forEach(role -> roles.add(role.asText()));

        ArrayNode requirements = operation.putArray("security");
        requirements.addObject().putArray(SECURITY_SCHEME);
        if (anonymousAllowed) {
            requirements.addObject();
        }
        ArrayNode rolesNode = operation.putArray(ROLES);
        roles.forEach(rolesNode::add);

        String line = (roles.isEmpty() ? "Roles: any signed-in caller" : "Roles: " + String.join(", ", roles))
                + (anonymousAllowed ? " (signing in is optional)." : ".");
        String description = operation.path("description").asText("");
        if (!description.contains(line)) {
            operation.put("description", description.isBlank() ? line : description.stripTrailing() + "\n\n" + line);
        }
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
