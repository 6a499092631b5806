package io.communityedu.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose declared body is larger than the gateway takes is refused as problem+json
 * {@code 413}, like every other error, before Quarkus' own limit check would answer it with an
 * empty body (and before anything is sent on to a service). An acceptable request that says
 * {@code Expect: 100-continue} is told to go on.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBodySize;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = -1; // Not ours to judge: the HTTP layer refuses a malformed length itself.
        }
        if (declared <= maxBodySize) {
            // A client that waits for "100 Continue" before sending its body gets it once the body is
            // known to be acceptable; the service is not asked again (ForwardingInterceptor drops Expect).
            if ("100-continue".equalsIgnoreCase(context.request().getHeader("Expect"))
                    && context.request().version() == io.vertx.core.http.HttpVersion.HTTP_1_1) {
                context.response().writeContinue();
            }
            context.next();
            return;
        }
        Buffer body = GatewayProblem.body(413, "Content Too Large",
                "The request body has " + declared + " bytes; at most " + maxBodySize + " are accepted.");
        // The rest of the body is not read: close the connection once the answer is out.
        context.response().setStatusCode(413)
                .putHeader("Content-Type", GatewayProblem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .endHandler(done -> context.request().connection().close())
                .end(body);
    }
}
