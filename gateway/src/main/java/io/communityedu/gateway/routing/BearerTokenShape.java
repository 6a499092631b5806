package io.communityedu.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

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
    private BearerTokenShape() {
    }

    static boolean acceptable(List<String> authorization) {
        return authorization.isEmpty() || authorization.size() == 1 && bearerJws(authorization.get(0));
    }

    /**
     * Whether the value is RFC 6750 {@code "Bearer" 1*SP token} with a JWS compact token, the scheme
     * case-insensitive (RFC 9110, ASCII only), trailing spaces allowed: what the pattern
     * {@code (?i:bearer) +[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]* *} matches. The signature part may be
     * empty (an unsecured JWS is a service's to refuse). A scan, not a regular expression: every request
     * with a token passes here, and a token is a kilobyte or more.
     */
    static boolean bearerJws(String value) {
        int length = value.length();
        if (length < 7 || !value.regionMatches(true, 0, "bearer", 0, 6) || !isAscii(value, 6) || value.charAt(6) != ' ') {
            return false;
        }
        int i = 7;
        while (i < length && value.charAt(i) == ' ') {
            i++;
        }
        for (int dots = 0; dots < 2; dots++) {
            int start = i;
            while (i < length && isBase64Url(value.charAt(i))) {
                i++;
            }
            if (i == start || i == length || value.charAt(i) != '.') {
                return false;
            }
            i++;
        }
        while (i < length && isBase64Url(value.charAt(i))) {
            i++;
        }
        while (i < length && value.charAt(i) == ' ') {
            i++;
        }
        return i == length;
    }

    private static boolean isAscii(String value, int end) {
        for (int i = 0; i < end; i++) {
            if (value.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBase64Url(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
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
