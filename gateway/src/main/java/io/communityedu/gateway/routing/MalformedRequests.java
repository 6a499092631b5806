package io.communityedu.gateway.routing;

import io.communityedu.gateway.config.GatewayConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Requests refused before anything else looks at them, answered like every other error: a request
 * target that is not a valid URI (RFC 3986; typically a {@code %} not followed by two hex digits) is
 * a problem+json {@code 400}, an overlong request line {@code 414}, overlong headers {@code 431}.
 * Vert.x makes these checks itself with bare answers; the gateway takes them over: URI validation is
 * handed over by {@code vertx.disableURIValidation} (GatewayMain), and Vert.x's own length limits
 * sit far above the gateway's ({@link GatewayConfig.Limits}). The target itself is not echoed: it may
 * be long or crafted.
 */
@ApplicationScoped
public class MalformedRequests {

    private final GatewayConfig.Limits limits;

    public MalformedRequests(GatewayConfig config) {
        this.limits = config.limits();
    }

    void register(@Observes Router router) {
        router.route().order(RequestIds.ORDER - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        // "GET /path HTTP/1.1": method, target, version and the two spaces.
        int requestLine = request.method().name().length() + request.uri().length() + 10;
        if (requestLine > limits.requestLine()) {
            refuse(context, 414, "URI Too Long", "The request line is longer than " + limits.requestLine()
                    + " characters: send long filters in a body or shorten the path and query.");
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.headers()) {
            refuse(context, 431, "Request Header Fields Too Large", "The request's headers are larger than "
                    + limits.headers() + " bytes.");
            return;
        }
        String uri = request.uri();
        try {
            if (uri != null) {
                new URI(uri);
                context.next();
                return;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        refuse(context, 400, "Bad Request", "The request target is not a valid URI: every '%' must start "
                + "a percent-escape of two hex digits (write '%25' for '%' itself), and characters such as spaces, "
                + "quotes or '{' '}' must be percent-encoded (RFC 3986).");
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        context.response().setStatusCode(status)
                .putHeader("Content-Type", GatewayProblem.MEDIA_TYPE)
                .end(GatewayProblem.body(status, title, detail));
    }
}
