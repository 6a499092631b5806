package io.communityedu.support.security;

import io.communityedu.support.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessProblemMappersTest {

    private final AccessProblemMappers mappers = new AccessProblemMappers();

    @Test
    void noTokenIsA401WithABearerChallenge() {
        Response response = mappers.notSignedIn(new UnauthorizedException());
        assertEquals(401, response.getStatus());
        assertEquals("Bearer", response.getHeaderString("WWW-Authenticate"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }

    @Test
    void anInvalidTokenIsA401NamingTheError() {
        Response response = mappers.invalidToken(new AuthenticationFailedException(new IllegalArgumentException("bad signature")));
        assertEquals(401, response.getStatus());
        assertEquals("Bearer error=\"invalid_token\"", response.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void keysThatCannotBeFetchedAreA503ToRetry() {
        AuthenticationFailedException unreachable = new AuthenticationFailedException(
                new IllegalStateException("cannot resolve key", new ConnectException("Connection refused")));
        Response response = mappers.invalidToken(unreachable);
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals(503, ((Problem) response.getEntity()).status());
    }

    @Test
    void aRoleThatMayNotIsA403Forbidden() {
        Response response = mappers.forbidden(new ForbiddenException());
        assertEquals(403, response.getStatus());
        assertEquals("FORBIDDEN", ((Problem) response.getEntity()).code());
    }
}
