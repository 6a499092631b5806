package io.communityedu.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** A small JSON-over-HTTP client for one base address (HTTP/1.1, keep-alive, bounded timeouts). */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    /** One answer: status, body, how long the exchange took and the response headers (none for an I/O error). */
    public record Reply(int status, String body, long nanos, HttpHeaders headers) {

        public Reply(int status, String body, long nanos) {
            this(status, body, nanos, NO_HEADERS);
        }

        /** The first value of a response header (names are case-insensitive), or null when absent. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        public Reply expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": expected " + expected + ", got " + status + " " + body);
            }
            return this;
        }
    }

    private final URI base;
    private final HttpClient client;
    private final Duration timeout;
    private final Supplier<String> bearer;

    /** Requests carry {@code bearer}'s token (null: none). */
    public Http(URI base, Supplier<String> bearer) {
        this(base, Duration.ofSeconds(30), bearer);
    }

    public Http(URI base, Duration timeout, Supplier<String> bearer) {
        this.base = BenchSuite.ipv4(base);
        this.timeout = timeout;
        this.bearer = bearer;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) {
        return get(path, Map.of());
    }

    public Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    /** A POST with extra request headers (e.g. Idempotency-Key). */
    public Reply post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    private Reply send(String method, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            headers.forEach(request::header);
            return send(request.build());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Reply send(HttpRequest unsigned) {
        HttpRequest request = bearer == null ? unsigned
                : HttpRequest.newBuilder(unsigned, (name, value) -> true).header("Authorization", "Bearer " + bearer.get()).build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), System.nanoTime() - start, response.headers());
        } catch (IOException e) {
            // A refused or broken connection counts as a failed request (status 0), never as a success.
            return new Reply(0, e.toString(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
