package io.communityedu.gateway.routing;

import io.communityedu.gateway.config.GatewayConfig;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;

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

    ProxyRoutes(GatewayConfig config, TrustedProxies trustedProxies) {
        this.config = config;
        this.trustedProxies = trustedProxies;
    }

    void register(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerService()));
        config.services().forEach((name, service) -> {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(context -> context.client().request(new RequestOptions()
                                    .setServer(address(service.url()))
                                    .setIdleTimeout(config.responseTimeout().toMillis()))
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
