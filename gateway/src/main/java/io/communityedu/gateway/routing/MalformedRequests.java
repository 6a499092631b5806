package io.communityedu.gateway.routing;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A request target that is not a valid URI (RFC 3986; typically a {@code %} not followed by two hex
 * digits) is a problem+json {@code 400}, before anything else looks at the path. This is the check
 * Quarkus makes itself with a bare {@code 400} unless {@code vertx.disableURIValidation} hands it
 * over (GatewayMain does): the same rule ({@link URI}), answered like every other error.
 * The target itself is not echoed: it may be long or crafted.
 */
@ApplicationScoped
public class MalformedRequests {

    void register(@Observes Router router) {
        router.route().order(RequestIds.ORDER - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        try {
            if (uri != null) {
                new URI(uri);
                context.next();
                return;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        context.response().setStatusCode(400)
                .putHeader("Content-Type", GatewayProblem.MEDIA_TYPE)
                .end(GatewayProblem.body(400, "Bad Request", "The request target is not a valid URI: every '%' must start "
                        + "a percent-escape of two hex digits (write '%25' for '%' itself), and characters such as spaces, "
                        + "quotes or '{' '}' must be percent-encoded (RFC 3986)."));
    }
}
