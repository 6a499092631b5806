package io.communityedu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.communityedu.localstack.http.RawHttp;
import io.communityedu.localstack.suite.RunningSuite;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.communityedu.localstack.http.ClientProcesses.pythonAvailable;
import static io.communityedu.localstack.http.ClientProcesses.run;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway with clients other than REST Assured (issue 13): a raw socket client that reads exactly
 * what is sent, curl, Python (requests when importable, else http.client, which hangs the same way)
 * and java.net.http, every one bounded by a short timeout; requests the HTTP layer refuses; a client
 * that goes away mid-body; forwarded headers from a trusted and an untrusted peer.
 */
@ExtendWith(SuiteExtension.class)
class HttpEdgesTest {

    private static final String SUMMARY = "/api/v1/statistics/years/1998";

    private static String host(URI uri) {
        return uri.getHost();
    }

    private static String etag(RunningSuite suite) {
        return Scenario.asDistrictSystem().get(SUMMARY).then().statusCode(200).extract().header("ETag");
    }

    private static String conditionalGet(String etag) {
        return "GET " + SUMMARY + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.districtSystem()
                + "\r\nIf-None-Match: " + etag + "\r\n\r\n";
    }

    @Test
    void a304AndAHeadAreFramedThroughTheGatewayExactlyAsByTheServiceAndTheConnectionIsReused(RunningSuite suite) throws IOException {
        String etag = etag(suite);
        for (URI target : List.of(suite.reportingUri(), suite.gateway())) {
            try (RawHttp http = new RawHttp(host(target), target.getPort())) {
                http.send(conditionalGet(etag));
                RawHttp.Response notModified = http.read(false);
                assertEquals(304, notModified.status(), target + " " + notModified);
                assertEquals(etag, notModified.header("ETag"));
                assertNull(notModified.header("Transfer-Encoding"), target + " " + notModified);
                assertEquals(0, http.strayBytes(), target + ": nothing after the head of a 304");
                // The same connection answers the next request.
                http.send("GET " + SUMMARY + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + Tokens.districtSystem() + "\r\n\r\n");
                RawHttp.Response again = http.read(false);
                assertEquals(200, again.status(), again.toString());
                assertTrue(again.body().contains("\"communities\""), again.body());
            }
        }
        try (RawHttp http = new RawHttp(host(suite.gateway()), suite.gateway().getPort())) {
            http.send("HEAD /api/v1/communities HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Response head = http.read(true);
            assertEquals(200, head.status(), head.toString());
            assertNull(head.header("Transfer-Encoding"), head.toString());
            assertEquals(0, http.strayBytes(), "nothing after the head of a HEAD answer");
            http.send("GET /api/v1/communities?size=1 HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals(200, http.read(false).status());
        }
    }

    @Test
    void curlPythonAndJavaFinishAConditionalGetAHeadAndAnUploadThroughTheGateway(RunningSuite suite) throws Exception {
        String etag = etag(suite);
        String base = suite.gateway().toString().replaceAll("/$", "");
        String auth = "Authorization: Bearer " + Tokens.districtSystem();
        assertEquals("304 1\n304 0\n", run(List.of("curl", "-sS", "-m", "5", "-o", "/dev/null", "-o", "/dev/null",
                "-w", "%{http_code} %{num_connects}\\n", "-H", auth, "-H", "If-None-Match: " + etag, base + SUMMARY, base + SUMMARY)));
        assertEquals("200\n", run(List.of("curl", "-sS", "-m", "5", "-I", "-o", "/dev/null", "-w", "%{http_code}\\n",
                base + "/api/v1/communities")));
        String code = "edge-" + UUID.randomUUID().toString().substring(0, 8);
        String created = run(List.of("curl", "-sS", "-m", "10", "-o", "/dev/null", "-w", "%{http_code}",
                "-H", "Authorization: Bearer " + Tokens.of(Tokens.OFFICER), "-H", "Content-Type: application/json",
                "-H", "Transfer-Encoding: chunked", "-H", "Expect: 100-continue",
                "--data-binary", "{\"code\": \"" + code + "\", \"name\": \"边缘社区\", \"district\": \"清河区\"}",
                base + "/api/v1/communities"));
        assertEquals("201", created);

        String script = """
                import sys
                base, path, token, etag = sys.argv[1:5]
                h = {'Authorization': 'Bearer ' + token, 'If-None-Match': etag}
                try:
                    import requests
                    s = requests.Session()
                    def call(method, p, headers):
                        r = s.request(method, base + p, headers=headers, timeout=5)
                        return r.status_code, len(r.content)
                except ImportError:
                    import http.client, urllib.parse
                    u = urllib.parse.urlparse(base)
                    c = http.client.HTTPConnection(u.hostname, u.port, timeout=5)
                    def call(method, p, headers):
                        c.request(method, p, headers=headers)
                        r = c.getresponse()
                        return r.status, len(r.read())
                out = [call('GET', path, h), call('GET', path, h), call('HEAD', '/api/v1/communities', {}),
                       call('GET', path, {'Authorization': h['Authorization']})]
                print(' '.join('%d:%d' % r for r in out[:3]), out[3][0])
                """;
        if (pythonAvailable()) {
            String python = run(List.of("python3", "-c", script, base, SUMMARY, Tokens.districtSystem(), etag));
            assertTrue(python.startsWith("304:0 304:0 200:0 200"), python);
        }

        HttpClient java = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();
        HttpResponse<String> notModified = java.send(HttpRequest.newBuilder(URI.create(base + SUMMARY))
                .header("Authorization", "Bearer " + Tokens.districtSystem()).header("If-None-Match", etag)
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, notModified.statusCode());
        assertTrue(notModified.headers().firstValue("Transfer-Encoding").isEmpty(), notModified.headers().toString());
        HttpResponse<String> upload = java.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/communities"))
                .expectContinue(true).header("Authorization", "Bearer " + Tokens.of(Tokens.OFFICER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\": \"" + code + "-j\", \"name\": \"边缘\", \"district\": \"清河区\"}"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, upload.statusCode(), upload.body());
    }

    @Test
    void aMalformedPercentEscapeIsAProblem400AtTheGateway(RunningSuite suite) throws IOException {
        try (RawHttp http = new RawHttp(host(suite.gateway()), suite.gateway().getPort())) {
            http.send("GET /api/v1/communities/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Response answer = http.read(false);
            assertEquals(400, answer.status(), answer.toString());
            assertEquals("application/problem+json", answer.header("Content-Type"));
            JsonNode problem = Tokens.read(answer.body());
            assertEquals(400, problem.path("status").asInt());
            assertEquals("Bad Request", problem.path("title").asText());
        }
    }

    @Test
    void aClientThatGoesAwayMidBodyIsAQuietAbortInTheGatewaysLog(RunningSuite suite) throws Exception {
        String rid = "abort-" + UUID.randomUUID();
        int logBefore = suite.gatewayProcess().logText().length();
        try (RawHttp http = new RawHttp(host(suite.gateway()), suite.gateway().getPort())) {
            http.send("POST /api/v1/communities HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + Tokens.of(Tokens.OFFICER) + "\r\nX-Request-Id: " + rid
                    + "\r\nContent-Length: 100000\r\n\r\n{\"code\": \"");
            Thread.sleep(300);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTrue(
                suite.gatewayProcess().logText().substring(logBefore).contains("went away"),
                suite.gatewayProcess().logText().substring(logBefore)));
        Thread.sleep(1000); // whatever else the abort would log
        String log = suite.gatewayProcess().logText().substring(logBefore);
        String abortLine = log.lines().filter(line -> line.contains("went away")).findFirst().orElseThrow();
        assertTrue(abortLine.contains(rid) && (abortLine.contains(" INFO ") || abortLine.contains(" DEBUG ")), abortLine);
        assertFalse(log.contains(" ERROR "), log);
        assertFalse(log.contains("\tat "), "no stack trace: " + log);
        assertFalse(log.contains("-> 503"), log);
    }

    @Test
    void locationUsesTheForwardedSchemeOnlyWhenATrustedProxySaidIt(RunningSuite suite) throws IOException {
        // SuiteExtension trusts 127.0.0.1 as a proxy in front of the gateway; 127.0.0.2 is anybody.
        assertTrue(created(suite, "127.0.0.1").startsWith("https://"), "from the trusted proxy");
        assertTrue(created(suite, "127.0.0.2").startsWith("http://"), "from anybody else");
    }

    private static String created(RunningSuite suite, String from) throws IOException {
        String code = "fwd-" + UUID.randomUUID().toString().substring(0, 8);
        String body = Tokens.write(Map.of("code", code, "name", "转发社区", "district", "清河区"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (RawHttp http = new RawHttp(host(suite.gateway()), suite.gateway().getPort(), from)) {
            http.send("POST /api/v1/communities HTTP/1.1\r\nHost: gateway.example:" + suite.gateway().getPort()
                    + "\r\nAuthorization: Bearer " + Tokens.of(Tokens.OFFICER) + "\r\nX-Forwarded-Proto: https\r\n"
                    + "X-Forwarded-For: 198.51.100.9\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                    + "\r\n\r\n" + new String(bytes, StandardCharsets.ISO_8859_1));
            RawHttp.Response answer = http.read(false);
            assertEquals(201, answer.status(), answer.toString());
            String location = answer.header("Location");
            assertTrue(location.endsWith("gateway.example:" + suite.gateway().getPort() + "/api/v1/communities/" + code), location);
            return location;
        }
    }
}
