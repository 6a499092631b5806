package io.communityedu.gateway.routing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        // Case-insensitive in ASCII only: no other letter stands in for one of "bearer".
        assertFalse(BearerTokenShape.acceptable(List.of("B\u0130arer a.b.c")));
        assertTrue(BearerTokenShape.acceptable(List.of("bEaReR a.b.c  ")));
    }

    /** The scan accepts exactly what the pattern it replaced matched, on strings built from the characters that matter. */
    @Test
    void theScanAgreesWithTheRegularExpression() {
        Pattern pattern = Pattern.compile("(?i:bearer) +[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]* *");
        String[] pieces = {"Bearer", "bearer", "BEARER", "Bearer ", " ", "  ", "a", "Z9", "-_", ".", "..", "=", "+", "/", "\t", ",", "é", "x.y.z"};
        Random random = new Random(17);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder value = new StringBuilder();
            if (random.nextInt(4) > 0) {
                value.append(pieces[random.nextInt(3)]).append(' ');
            }
            for (int k = random.nextInt(9); k > 0; k--) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = value.toString();
            assertEquals(pattern.matcher(text).matches(), BearerTokenShape.bearerJws(text), text);
        }
    }
}
