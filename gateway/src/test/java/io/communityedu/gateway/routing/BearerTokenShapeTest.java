package io.communityedu.gateway.routing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BearerTokenShapeTest {

    @Test
    void noHeaderOrOneBearerJwsIsAcceptable() {
        assertTrue(BearerTokenShape.acceptable(List.of()));
        assertTrue(BearerTokenShape.acceptable(List.of("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.AbC-_09")));
        assertTrue(BearerTokenShape.acceptable(List.of("BEARER  a.b.c")));
        assertTrue(BearerTokenShape.acceptable(List.of("Bearer a.b."))); // unsecured JWS: the service refuses it
    }

    @Test
    void anythingElseIsMalformed() {
        for (String value : List.of("", "Bearer", "Bearer ", "Bearer a.b", "Bearer .b.c", "Bearer a..c", "Bearer a.b.c.d",
                "Bearer a.b.c=", "Bearer a/b.c.d", "Basic dXNlcjpwdw==", "Token a.b.c", "Bearera.b.c", "a.b.c",
                "Bearer a.b.c, Bearer d.e.f", "Bearer\ta.b.c")) {
            assertFalse(BearerTokenShape.acceptable(List.of(value)), value);
        }
        assertFalse(BearerTokenShape.acceptable(List.of("Bearer a.b.c", "Bearer a.b.c")));
    }
}
