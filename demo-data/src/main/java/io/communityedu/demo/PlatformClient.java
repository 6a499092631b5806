package io.communityedu.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * JSON over HTTP against the platform's public API, each request as one of the demo's people (their
 * Keycloak token in {@code Authorization: Bearer}) or anonymously ({@code as} null); any answer other
 * than the expected status is an error.
 */
final class PlatformClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final KeycloakLogin login;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PlatformClient(URI base, KeycloakLogin login) {
        this.base = base;
        this.login = login;
    }

    /** The status of an anonymous GET. */
    int status(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET()).statusCode();
    }

    JsonNode post(String as, String path, Object body, int expected) {
        return expect(send(json(as, path).POST(HttpRequest.BodyPublishers.ofString(write(body)))), expected);
    }

    /**
     * POSTs to enrolment-service, which learns communities and sessions from programme-events a
     * moment after programmes-service accepts them: "not known yet" answers are retried for a while.
     */
    JsonNode postOnceKnown(String as, String path, Object body, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> response = send(json(as, path).POST(HttpRequest.BodyPublishers.ofString(write(body))));
            boolean notKnownYet = response.statusCode() == 404 || response.body().contains("UNKNOWN_COMMUNITY");
            if (!notKnownYet || System.nanoTime() > deadline) {
                return expect(response, expected);
            }
            pause();
        }
    }

    JsonNode put(String as, String path, Object body, int expected) {
        return expect(send(json(as, path).PUT(HttpRequest.BodyPublishers.ofString(write(body)))), expected);
    }

    JsonNode patch(String as, String path, Object body, int expected) {
        return expect(send(json(as, path).method("PATCH", HttpRequest.BodyPublishers.ofString(write(body)))), expected);
    }

    /**
     * POSTs until the answer is no longer {@code 422} (a state enrolment-service learns from programme-events a
     * moment later, such as a new close of applications) or 30 s have passed; returns the last status.
     */
    int postOnceSettled(String as, String path, Object body) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> response = send(json(as, path).POST(HttpRequest.BodyPublishers.ofString(write(body))));
            if (response.statusCode() != 422 || System.nanoTime() > deadline) {
                return response.statusCode();
            }
            pause();
        }
    }

    private HttpRequest.Builder json(String as, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json");
        return as == null ? request : request.header("Authorization", "Bearer " + login.token(as));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static JsonNode expect(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " (expected " + expected + "): " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON from " + response.request().uri(), e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
