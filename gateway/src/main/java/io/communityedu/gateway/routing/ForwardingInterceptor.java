package io.communityedu.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service who asked and how: the caller's {@code Host} goes on unchanged, so the links a
 * service builds from it ({@code Location} of a created resource) point at the gateway, never at
 * the service's own address; {@code X-Forwarded-For} and {@code X-Forwarded-Proto} carry the
 * caller's address and scheme, appended to what a proxy in front of the gateway already said.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest caller = context.request().proxiedRequest();
        if (caller.authority() != null) {
            context.request().setAuthority(caller.authority());
        }
        MultiMap headers = context.request().headers();
        headers.remove("Expect"); // answered by the gateway (BodyLimit); the body is streamed on as it comes
        String client = caller.remoteAddress() == null ? "unknown" : caller.remoteAddress().hostAddress();
        String forwardedFor = headers.get("X-Forwarded-For");
        headers.set("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
        if (!headers.contains("X-Forwarded-Proto")) {
            headers.set("X-Forwarded-Proto", caller.scheme());
        }
        return context.sendRequest();
    }
}
