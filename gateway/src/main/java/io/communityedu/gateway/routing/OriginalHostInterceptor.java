package io.communityedu.gateway.routing;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Sends the caller's Host on to the service, so the links a service builds from it
 * ({@code Location} of a created resource) point at the gateway, never at the service's own address.
 */
final class OriginalHostInterceptor implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        if (context.request().proxiedRequest().authority() != null) {
            context.request().setAuthority(context.request().proxiedRequest().authority());
        }
        return context.sendRequest();
    }
}
