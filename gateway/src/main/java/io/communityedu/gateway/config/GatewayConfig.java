package io.communityedu.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where the gateway forwards to and how long it waits. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by short name. */
    Map<String, Service> services();

    /** Time to open a connection to a service; a service that cannot be reached is a 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Time a service may stay silent while answering before the request ends with a 504. */
    @WithDefault("30s")
    Duration responseTimeout();

    /** Time allowed for a service's OpenAPI document or readiness when the gateway asks for it. */
    @WithDefault("2s")
    Duration probeTimeout();

    /** How often the gateway refreshes its last known copy of each service's OpenAPI document. */
    @WithDefault("30s")
    Duration openapiRefreshInterval();

    /** Connections kept open to each service. */
    @WithDefault("200")
    int maxConnectionsPerService();

    /** The OpenID Connect provider callers sign in at (the merged OpenAPI document and Swagger UI point there). */
    Keycloak keycloak();

    interface Keycloak {

        /**
         * The realm's issuer, e.g. http://localhost:8180/realms/community-edu; its
         * {@code /protocol/openid-connect/auth} and {@code /token} endpoints are the ones clients use.
         */
        URI issuer();
    }

    interface Service {

        /** Base address, e.g. http://localhost:8081. */
        URI url();

        /** Path prefixes the service owns, e.g. /api/v1/communities. */
        List<String> prefixes();
    }
}
