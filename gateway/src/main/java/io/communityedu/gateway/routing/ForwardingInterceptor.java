package io.communityedu.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the service who asked and how: the caller's {@code Host} goes on unchanged, so the links a
 * service builds from it ({@code Location} of a created resource) point at the gateway, never at
 * the service's own address; {@code X-Forwarded-For} and {@code X-Forwarded-Proto} carry the
 * caller's address and scheme, {@code X-Forwarded-Port} the port it addressed (so a service that
 * believes the scheme keeps the port of the {@code Host}). Only a trusted proxy in front of the gateway ({@link TrustedProxies})
 * may have said something already: its {@code X-Forwarded-For} is appended to and its
 * {@code X-Forwarded-Proto} and {@code X-Forwarded-Port} kept. From anyone else those headers (and the other forwarding headers
 * a service might believe) are replaced by what the gateway sees, so a caller cannot pose as
 * another address or as having come over TLS.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private static final List<String> OTHER_FORWARDING_HEADERS = List.of(
            "Forwarded", "X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Server",
            "X-Forwarded-Ssl", "X-Real-IP");

    private static final Pattern PORT = Pattern.compile("[1-9][0-9]{0,4}");

    private final TrustedProxies trustedProxies;

    ForwardingInterceptor(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest caller = context.request().proxiedRequest();
        if (caller.authority() != null) {
            context.request().setAuthority(caller.authority());
        }
        MultiMap headers = context.request().headers();
        headers.remove("Expect"); // answered by the gateway (BodyLimit); the body is streamed on as it comes
        String peer = TrustedProxies.peer(caller);
        String proto;
        String port = null;
        if (trustedProxies.trusted(peer)) {
            String forwardedFor = String.join(", ", headers.getAll("X-Forwarded-For"));
            headers.set("X-Forwarded-For", forwardedFor.isBlank() ? peer : forwardedFor + ", " + peer);
            String said = headers.get("X-Forwarded-Proto");
            proto = "https".equalsIgnoreCase(said) || "http".equalsIgnoreCase(said) ? said.toLowerCase(Locale.ROOT) : caller.scheme();
            String saidPort = headers.get("X-Forwarded-Port");
            port = saidPort != null && PORT.matcher(saidPort.trim()).matches() ? saidPort.trim() : null;
        } else {
            OTHER_FORWARDING_HEADERS.forEach(headers::remove);
            headers.set("X-Forwarded-For", peer);
            proto = caller.scheme();
        }
        headers.set("X-Forwarded-Proto", proto);
        // A service that believes X-Forwarded-Proto drops the Host's port unless it is told the port too.
        if (port == null) {
            int hostPort = caller.authority() == null ? -1 : caller.authority().port();
            port = Integer.toString(hostPort > 0 ? hostPort : "https".equals(proto) ? 443 : 80);
        }
        headers.set("X-Forwarded-Port", port);
        return context.sendRequest();
    }
}
