package io.communityedu.gateway.routing;

import io.communityedu.localstack.http.RawHttp;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.communityedu.localstack.http.ClientProcesses.pythonAvailable;
import static io.communityedu.localstack.http.ClientProcesses.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 304, a 204 and any HEAD answer leave the gateway as they leave a service: a head and nothing
 * else, no {@code Transfer-Encoding}, no body (Python's http.client, and so requests, waits for the
 * chunks a {@code Transfer-Encoding: chunked} 304 promises). Each client is bounded by a short timeout.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class BodylessAnswersTest {

    private static final String NOT_MODIFIED = "/api/v1/statistics/years/2010/_not-modified";
    private static final String NO_CONTENT = "/api/v1/attendance/_no-content";

    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void aRawClientReadsA304A204AndAHeadAndReusesTheConnectionAfterEach() throws IOException {
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            for (String request : List.of(
                    "GET " + NOT_MODIFIED + " HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: \"v1\"\r\n\r\n",
                    "DELETE " + NO_CONTENT + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "HEAD /api/v1/communities HTTP/1.1\r\nHost: localhost\r\n\r\n")) {
                http.send(request);
                RawHttp.Response answer = http.read(request.startsWith("HEAD"));
                assertNull(answer.header("Transfer-Encoding"), request + " -> " + answer);
                assertEquals(0, http.strayBytes(), "nothing follows the head of " + request);
                if (answer.status() != 200) {
                    assertTrue(answer.header("Content-Length") == null || answer.header("Content-Length").equals("0"), answer.toString());
                } else {
                    assertTrue(Integer.parseInt(answer.header("Content-Length")) > 0, "HEAD keeps the GET's length: " + answer);
                }
                // The same connection answers the next request.
                http.send("GET /api/v1/communities HTTP/1.1\r\nHost: localhost\r\n\r\n");
                RawHttp.Response next = http.read(false);
                assertEquals(200, next.status(), next.toString());
                assertTrue(next.body().contains("\"service\":\"programmes\""), next.body());
            }
        }
    }

    @Test
    void aChunkedUploadAndExpectContinueAreForwarded() throws IOException {
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            http.send("POST /api/v1/enrolments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n4\r\n 12}\r\n0\r\n\r\n");
            RawHttp.Response answer = http.read(false);
            assertEquals(200, answer.status(), answer.toString());
            assertTrue(answer.body().contains("\"received\":9"), answer.body());

            http.send("POST /api/v1/enrolments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 9\r\nExpect: 100-continue\r\n\r\n");
            RawHttp.Response interim = http.read(false);
            assertEquals(100, interim.status(), "the client is told to go on: " + interim);
            http.send("{\"a\": 12}");
            RawHttp.Response last = http.read(false);
            assertEquals(200, last.status(), last.toString());
            assertTrue(last.body().contains("\"received\":9"), last.body());
        }
    }

    @Test
    void curlFinishesEveryExchangeAndReusesTheConnection() throws Exception {
        // One -o per URL: curl reuses one connection for all three (num_connects 1, then 0).
        String out = run(List.of("curl", "-sS", "-m", "5", "-o", "/dev/null", "-o", "/dev/null", "-o", "/dev/null", "-w", "%{http_code} %{num_connects}\\n",
                "-H", "If-None-Match: \"v1\"", base() + NOT_MODIFIED, base() + NOT_MODIFIED, base() + "/api/v1/communities"));
        assertEquals("304 1\n304 0\n200 0\n", out);
        assertEquals("204\n", run(List.of("curl", "-sS", "-m", "5", "-o", "/dev/null", "-w", "%{http_code}\\n",
                "-X", "DELETE", base() + NO_CONTENT)));
        assertEquals("200 0\n200 0\n", run(List.of("curl", "-sS", "-m", "5", "-I", "-o", "/dev/null", "-o", "/dev/null",
                "-w", "%{http_code} %{size_download}\\n", base() + "/api/v1/communities", base() + "/api/v1/communities")));
        String upload = run(List.of("curl", "-sS", "-m", "5", "-H", "Transfer-Encoding: chunked", "-H", "Expect: 100-continue",
                "-H", "Content-Type: application/json", "--data-binary", "{\"a\": 12}", base() + "/api/v1/enrolments"));
        assertTrue(upload.contains("\"received\":9"), upload);
    }

    @Test
    void pythonFinishesEveryExchange() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(pythonAvailable(), "python3 is not on this machine");
        String script = """
                import sys
                base = sys.argv[1]
                try:
                    import requests
                    s = requests.Session()
                    def call(method, path, headers={}, data=None):
                        r = s.request(method, base + path, headers=headers, data=data, timeout=5)
                        return r.status_code, len(r.content)
                    client = 'requests'
                except ImportError:
                    import http.client, urllib.parse
                    u = urllib.parse.urlparse(base)
                    c = http.client.HTTPConnection(u.hostname, u.port, timeout=5)
                    def call(method, path, headers={}, data=None):
                        c.request(method, path, body=data, headers=headers)
                        r = c.getresponse()
                        return r.status, len(r.read())
                    client = 'http.client'
                results = [call('GET', sys.argv[2], {'If-None-Match': '"v1"'}), call('GET', sys.argv[2], {'If-None-Match': '"v1"'}),
                           call('DELETE', sys.argv[3]), call('HEAD', '/api/v1/communities'), call('GET', '/api/v1/communities'),
                           call('POST', '/api/v1/enrolments', {'Content-Type': 'application/json'}, iter([b'{"a":', b' 12}']))]
                print(' '.join('%d:%d' % r for r in results[:5]), results[5][0], file=sys.stdout)
                """;
        String out = run(List.of("python3", "-c", script, base(), NOT_MODIFIED, NO_CONTENT));
        assertTrue(out.startsWith("304:0 304:0 204:0 200:0 200:"), out);
        assertTrue(out.trim().endsWith(" 200"), out);
    }

    @Test
    void javaNetHttpFinishesEveryExchange() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();
        HttpResponse<String> notModified = client.send(HttpRequest.newBuilder(URI.create(base() + NOT_MODIFIED))
                .header("If-None-Match", "\"v1\"").timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, notModified.statusCode());
        assertTrue(notModified.headers().firstValue("Transfer-Encoding").isEmpty(), notModified.headers().toString());
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/communities"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        HttpResponse<String> upload = client.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/enrolments"))
                .expectContinue(true).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\": 12}")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, upload.statusCode());
        assertTrue(upload.body().contains("\"received\":9"), upload.body());
    }
}
