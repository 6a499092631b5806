package io.communityedu.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses, before anything is forwarded, an {@code Authorization} header that cannot be a bearer
 * token: anything but one header of the form {@code Bearer <JWS compact>} (three base64url parts
 * separated by dots, as Keycloak issues them) is a problem+json {@code 401} with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}. Only the shape is looked at: signature,
 * issuer, audience, expiry and roles are the services' to check, and nothing relies on the gateway
 * for them. A request without the header goes on unchanged (the public catalogue needs no token).
 */
final class BearerTokenShape {

    static final String CHALLENGE = "Bearer error=\"invalid_token\"";
    /** RFC 6750 {@code "Bearer" 1*SP token}, the scheme case-insensitive (RFC 9110); the signature part may be empty (an unsecured JWS is a service's to refuse). */
    private static final Pattern BEARER_JWS = Pattern.compile(
            "(?i:bearer) +[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]* *");

    private BearerTokenShape() {
    }

    static boolean acceptable(List<String> authorization) {
        return authorization.isEmpty()
                || authorization.size() == 1 && BEARER_JWS.matcher(authorization.get(0)).matches();
    }

    /** Answers the request with a 401 and returns {@code true} when its Authorization header is malformed. */
    static boolean refused(RoutingContext context) {
        if (acceptable(context.request().headers().getAll("Authorization"))) {
            return false;
        }
        // The header's value is never echoed or logged: it may be a credential.
        Buffer body = GatewayProblem.body(401, "Unauthorized",
                "The Authorization header must be one 'Bearer <access token>', the token a JWT from the platform's "
                        + "Keycloak realm (three base64url parts separated by dots); omit the header for public endpoints.");
        context.response().setStatusCode(401)
                .putHeader("Content-Type", GatewayProblem.MEDIA_TYPE)
                .putHeader("WWW-Authenticate", CHALLENGE)
                .putHeader("Cache-Control", "no-store")
                .end(body);
        return true;
    }
}
