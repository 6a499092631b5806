package io.communityedu.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * Addresses (CIDRs such as 10.0.0.0/8, or single addresses) of the proxies in front of the gateway
     * whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed; none by default. From any
     * other peer those headers are replaced by what the gateway sees.
     */
    Optional<List<String>> trustedProxies();

    /**
     * The longest request line and the most header bytes the gateway accepts; longer is a problem+json
     * 414 or 431. Vert.x's own limits ({@code quarkus.http.limits}) sit far above these, because Vert.x
     * would answer them with a bare status before any handler of the gateway runs.
     */
    Limits limits();

    interface Limits {

        @WithDefault("4096")
        int requestLine();

        @WithDefault("16384")
        int headers();
    }

    /** Requests each caller may make, see {@link RateLimit}. */
    RateLimit rateLimit();

    /**
     * Token buckets per caller (the access token's {@code sub}) and per client address (every request,
     * so that made-up subjects cannot get round the limit); a bucket holds {@code burst} requests and
     * refills at {@code requests} per {@code period}. {@code requests} 0 turns that limit off.
     */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        @WithDefault("1s")
        Duration period();

        Limit perCaller();

        Limit perAddress();
    }

    interface Limit {

        int requests();

        int burst();
    }

    /** How the access log is written, see {@code AccessLogBatching}. */
    AccessLog accessLog();

    interface AccessLog {

        /** Access log lines are written in batches, each line at most this late; 0 writes each line at once. */
        @WithDefault("50ms")
        Duration flushInterval();
    }

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
