package io.communityedu.gateway.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.net.http.HttpClient;

/**
 * The one client the gateway's own calls to the services share (readiness probes, OpenAPI
 * documents): small GETs on the side, apart from the proxied traffic's Vert.x client.
 */
public class ServiceProbeClient {

    @Produces
    @Singleton
    HttpClient serviceProbeClient(GatewayConfig config) {
        return HttpClient.newBuilder().connectTimeout(config.probeTimeout()).build();
    }
}
