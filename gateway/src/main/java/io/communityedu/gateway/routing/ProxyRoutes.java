package io.communityedu.gateway.routing;

import io.communityedu.gateway.config.GatewayConfig;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * Forwards each service's path prefixes to it with Vert.x's reverse proxy: method, path, query
 * string, headers ({@code Authorization} included), status and bodies (streamed, never buffered
 * whole) pass through unchanged. A malformed {@code Authorization} header is refused first
 * ({@link BearerTokenShape}).
 * Paths under /api that no service owns get a problem+json 404.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ProxyRoutes.class);

    private final GatewayConfig config;
    private final TrustedProxies trustedProxies;

    private final int eventLoops;

    ProxyRoutes(GatewayConfig config, TrustedProxies trustedProxies,
                @ConfigProperty(name = "quarkus.vertx.event-loops-pool-size") Optional<Integer> eventLoops) {
        this.config = config;
        this.trustedProxies = trustedProxies;
        // Quarkus' default: two per core.
        this.eventLoops = eventLoops.orElse(2 * Runtime.getRuntime().availableProcessors());
    }

    void register(@Observes Router router, Vertx vertx) {
        EventLoopClients clients = new EventLoopClients(vertx, new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true),
                config.maxConnectionsPerService(), eventLoops);
        config.services().forEach((name, service) -> {
            SocketAddress server = address(service.url());
            long idleTimeout = config.responseTimeout().toMillis();
            HttpProxy proxy = HttpProxy.reverseProxy(clients.any())
                    .origin(context -> clients.ofThisEventLoop().request(new RequestOptions()
                                    .setServer(server)
                                    .setIdleTimeout(idleTimeout))
                            // Failures reach ServiceFailureInterceptor through the response; without a handler
                            // Vert.x would also log each one (a caller's abort, say) as an ERROR of its own.
                            .map(request -> request.exceptionHandler(failure -> LOG.debugf("%s request: %s", name, failure))))
                    .addInterceptor(new ServiceFailureInterceptor(name + "-service"))
                    .addInterceptor(new ForwardingInterceptor(trustedProxies))
                    .addInterceptor(new BodylessAnswers());
            Handler<RoutingContext> forward = context -> {
                if (!BearerTokenShape.refused(context)) {
                    proxy.handle(context.request());
                }
            };
            for (String prefix : service.prefixes()) {
                router.route(prefix).handler(forward);
                router.route(prefix + "/*").handler(forward);
            }
        });
        router.route("/api/*").order(Integer.MAX_VALUE - 1).handler(context -> context.response()
                .setStatusCode(404)
                .putHeader("Content-Type", GatewayProblem.MEDIA_TYPE)
                .end(GatewayProblem.body(404, "Not Found", "No service serves " + context.request().path())));
    }

    private static SocketAddress address(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        return SocketAddress.inetSocketAddress(port, url.getHost());
    }
}
