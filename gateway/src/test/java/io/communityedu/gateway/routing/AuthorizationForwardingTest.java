package io.communityedu.gateway.routing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class AuthorizationForwardingTest {

    /** Shaped like a Keycloak access token; the gateway does not check signatures, so any will do. */
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvZmZpY2VyIn0.c2lnbmF0dXJl-_";

    @ConfigProperty(name = "gateway.services.enrolment.url")
    String enrolmentUrl;

    @Test
    void theAuthorizationHeaderReachesTheServiceUnchanged() {
        given().header("Authorization", "Bearer " + TOKEN)
                .when().get("/api/v1/me/enrolments")
                .then().statusCode(200)
                .body("service", equalTo("enrolment"))
                .body("path", equalTo("/api/v1/me/enrolments"))
                .body("authorization", contains("Bearer " + TOKEN));
    }

    @Test
    void aRequestWithoutTokenIsForwardedAsItIs() {
        given().when().get("/api/v1/communities")
                .then().statusCode(200)
                .body("service", equalTo("programmes"))
                .body("authorization", nullValue());
    }

    @Test
    void theNewPrefixesGoToTheirOwners() {
        for (List<String> route : List.of(
                List.of("/api/v1/teachers", "programmes"),
                List.of("/api/v1/teachers/t-1", "programmes"),
                List.of("/api/v1/me", "enrolment"),
                List.of("/api/v1/draws/s-1", "enrolment"),
                List.of("/api/v1/audit", "reporting"))) {
            given().when().get(route.get(0)).then().statusCode(200).body("service", equalTo(route.get(1)));
        }
        given().when().get("/api/v1/meow").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMalformedAuthorizationHeaderIsRefusedWithoutBeingForwarded() {
        int before = seenByEnrolment();
        for (String malformed : List.of("Basic b2ZmaWNlcjpkZW1v", "Bearer", "Bearer not-a-jwt", "Bearer a.b",
                "Bearer a.b.c.d", "Bearer a+b.c.d", TOKEN, "Bearer " + TOKEN + " extra")) {
            given().header("Authorization", malformed)
                    .contentType(ContentType.JSON).body("{\"sessionId\": \"s-1\"}")
                    .when().post("/api/v1/enrolments")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
                    .body("type", equalTo("about:blank"))
                    .body("title", equalTo("Unauthorized"))
                    .body("status", equalTo(401))
                    .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("b2ZmaWNlcjpkZW1v")));
        }
        assertEquals(before, seenByEnrolment(), "nothing reached the service");
    }

    @Test
    void twoAuthorizationHeadersAreRefused() {
        given().header("Authorization", "Bearer " + TOKEN).header("Authorization", "Bearer " + TOKEN)
                .when().get("/api/v1/me")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        given().header("Authorization", "bearer " + TOKEN)
                .when().get("/api/v1/audit")
                .then().statusCode(200).body("authorization", contains("bearer " + TOKEN));
    }

    private int seenByEnrolment() {
        return given().baseUri(enrolmentUrl).port(-1).when().get("/_seen").then().statusCode(200)
                .extract().path("seen");
    }
}
