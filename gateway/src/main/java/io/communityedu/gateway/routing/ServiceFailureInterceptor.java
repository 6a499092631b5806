package io.communityedu.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

import java.util.concurrent.TimeoutException;

/**
 * Turns a service that cannot be reached into a problem+json {@code 503} and one that does not
 * answer in time into a {@code 504}, instead of the proxy's empty 502. A caller that went away
 * before the exchange was complete is a quiet client abort (one INFO line), not a service failure.
 */
final class ServiceFailureInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ServiceFailureInterceptor.class);

    private final String service;

    ServiceFailureInterceptor(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        // The path only: a query string (a search, say) may carry personal data, and logs carry none.
        return context.sendRequest().recover(failure -> {
            if (context.request().proxiedRequest().response().closed()) {
                // The caller went away (typically in the middle of its request body): nobody to answer,
                // nothing wrong with the service. One quiet line; the request to the service is reset.
                LOG.infof("%s %s: the client went away before the exchange was complete (%s), request id %s",
                        context.request().getMethod(), context.request().proxiedRequest().path(), failure.getClass().getSimpleName(),
                        context.request().headers().get(RequestIds.HEADER));
                return Future.failedFuture(failure);
            }
            boolean timedOut = failure instanceof TimeoutException;
            int status = timedOut ? 504 : 503;
            String detail = timedOut
                    ? service + " did not answer in time; the request may or may not have taken effect."
                    : service + " cannot be reached; try again shortly.";
            LOG.warnf("%s %s -> %d (%s: %s), request id %s", context.request().getMethod(), context.request().proxiedRequest().path(),
                    status, service, failure.toString(), context.request().headers().get(RequestIds.HEADER));
            Buffer body = GatewayProblem.body(status, timedOut ? "Gateway Timeout" : "Service Unavailable", detail);
            ProxyResponse response = context.request().release().response()
                    .setStatusCode(status)
                    .setStatusMessage(timedOut ? "Gateway Timeout" : "Service Unavailable")
                    .setBody(Body.body(body));
            response.headers()
                    .set("Content-Type", GatewayProblem.MEDIA_TYPE)
                    .set("Content-Length", String.valueOf(body.length()));
            if (!timedOut) {
                response.headers().set("Retry-After", "5");
            }
            return Future.succeededFuture(response);
        });
    }
}
