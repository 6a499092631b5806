package io.communityedu.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.communityedu.gateway.config.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one OpenAPI document of the platform. Each request asks every service for its current
 * document (in parallel, bounded by the probe timeout), so a service that comes back or changes
 * shows at once; a service that does not answer contributes the last document it gave, and is
 * named in the description until it answers again. The copies are also refreshed in the
 * background, so a service that goes down before anyone asked still has its endpoints shown.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    private final GatewayConfig config;
    private final ObjectMapper mapper;
    private final HttpClient http;
    private final Map<String, ObjectNode> lastSeen = new ConcurrentHashMap<>();

    MergedOpenApi(GatewayConfig config, ObjectMapper mapper, HttpClient http) {
        this.config = config;
        this.mapper = mapper;
        this.http = http;
    }

    void refreshInBackground(@Observes StartupEvent startup, Vertx vertx) {
        vertx.setPeriodic(1, config.openapiRefreshInterval().toMillis(), timer -> config.services().forEach((name, service) ->
                fetch(service.url()).thenAccept(document -> lastSeen.put(name, document))));
    }

    public ObjectNode document() {
        Map<String, CompletableFuture<ObjectNode>> fetches = new TreeMap<>();
        config.services().forEach((name, service) -> fetches.put(name, fetch(service.url())));
        List<OpenApiMerger.ServiceDocument> documents = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        fetches.forEach((name, fetch) -> {
            ObjectNode document = fetch.handle((doc, failure) -> {
                if (failure != null) {
                    LOG.debugf("OpenAPI of %s unavailable: %s", name, failure.toString());
                    return null;
                }
                lastSeen.put(name, doc);
                return doc;
            }).join();
            if (document == null) {
                missing.add(name + "-service");
                document = lastSeen.get(name);
            }
            if (document != null) {
                documents.add(new OpenApiMerger.ServiceDocument(name, config.services().get(name).prefixes(), document));
            }
        });
        return OpenApiMerger.merge(info(missing), config.keycloak().issuer().toString(), documents);
    }

    private CompletableFuture<ObjectNode> fetch(URI base) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
                .timeout(config.probeTimeout())
                .header("Accept", "application/json")
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            try {
                return (ObjectNode) mapper.readTree(response.body());
            } catch (java.io.IOException | ClassCastException e) {
                throw new IllegalStateException("not an OpenAPI document", e);
            }
        });
    }

    private ObjectNode info(List<String> missing) {
        ObjectNode info = mapper.createObjectNode();
        info.put("title", "Community education platform API");
        info.put("version", "1.0");
        String description = "Every public endpoint of the community-education platform, served through the gateway: "
                + "communities, plans, providers, programmes, sessions and teachers (programmes-service); residents, "
                + "enrolments, attendance, draws and the signed-in resident's own records under /api/v1/me "
                + "(enrolment-service); statistics and the audit trail (reporting-service). Errors are RFC 9457 "
                + "application/problem+json; every response carries an X-Request-Id.\n\n"
                + "Sign-in: Keycloak (OAuth 2 / OpenID Connect, scheme '" + OpenApiMerger.SECURITY_SCHEME + "'); send "
                + "'Authorization: Bearer <access token>'. Operations with security need a token; their "
                + OpenApiMerger.ROLES + " (and description) name the realm roles allowed (empty: any signed-in caller). "
                + "Without a token, or with an invalid one, they answer 401; with a token lacking the role, 403. "
                + "Operations without security are public.";
        if (!missing.isEmpty()) {
            description += "\n\nNot answering right now (last known endpoints shown, if any): " + String.join(", ", missing) + ".";
        }
        info.put("description", description);
        return info;
    }
}
