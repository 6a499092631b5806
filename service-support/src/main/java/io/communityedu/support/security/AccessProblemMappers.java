package io.communityedu.support.security;

import io.communityedu.support.problem.Problem;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.problem.ProblemTypes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;

/**
 * Refusals of Quarkus security as problem+json: no or invalid token 401 with a Bearer challenge,
 * a role that may not 403 {@code FORBIDDEN}, and 503 when the identity provider's keys cannot be
 * fetched (a valid token cannot be told from a forged one then). Not logged at ERROR: a client's
 * bad token is the client's problem.
 */
public class AccessProblemMappers {

    private static final Logger LOG = Logger.getLogger(AccessProblemMappers.class);

    @ServerExceptionMapper
    public Response notSignedIn(UnauthorizedException e) {
        return unauthorized("Bearer", "This needs a bearer token of the community-edu realm.");
    }

    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e) {
        if (keysUnreachable(e)) {
            LOG.warnf("Token keys cannot be fetched from the identity provider: %s", rootMessage(e));
            Problem problem = new Problem(ProblemTypes.forStatus(503, null), "Service unavailable", 503,
                    "The identity provider cannot be reached to check the token; try again shortly.", null, null);
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5").entity(problem).build();
        }
        LOG.debugf("Token refused: %s", rootMessage(e));
        return unauthorized("Bearer error=\"invalid_token\"",
                "The bearer token is invalid (malformed, expired, wrongly signed, or for another issuer or audience).");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        Problem problem = ProblemException.forbidden(ProblemException.FORBIDDEN, "Your role may not do this.").toProblem();
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response unauthorized(String challenge, String detail) {
        Problem problem = new Problem(ProblemTypes.forStatus(401, null), "Unauthorized", 401, detail, null, null);
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .entity(problem).build();
    }

    /** The verification keys come over HTTP; an I/O failure on the way means "cannot check", not "forged". */
    private static boolean keysUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
