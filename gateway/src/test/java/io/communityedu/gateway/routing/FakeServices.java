package io.communityedu.gateway.routing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Three stand-ins for the services, on free ports: each answers every forwarded request with its
 * name and what it received (path, Authorization and X-Forwarded-* headers, body length), and
 * {@code GET /_seen} with how many requests reached it. A path ending in {@code /_not-modified} or
 * {@code /_no-content} is answered {@code 304} or {@code 204}, a {@code HEAD} without body. Their own {@code /q/...} endpoints are 404, as if not ready.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    private final List<HttpServer> servers = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String name : List.of("programmes", "enrolment", "reporting")) {
            HttpServer server = serve(name);
            servers.add(server);
            config.put("gateway.services." + name + ".url", "http://127.0.0.1:" + server.getAddress().getPort());
        }
        return config;
    }

    private static HttpServer serve(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            AtomicInteger seen = new AtomicInteger();
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/_seen")) {
                    answer(exchange, 200, new JsonObject().put("seen", seen.get()));
                } else if (path.startsWith("/q/")) {
                    answer(exchange, 404, new JsonObject());
                } else if (path.endsWith("/_not-modified") || path.endsWith("/_no-content")) {
                    // What Quarkus sends for these: a status line and headers, no body framing at all.
                    seen.incrementAndGet();
                    exchange.getRequestBody().readAllBytes();
                    exchange.getResponseHeaders().set("ETag", "\"v1\"");
                    exchange.sendResponseHeaders(path.endsWith("/_not-modified") ? 304 : 204, -1);
                    exchange.close();
                } else {
                    seen.incrementAndGet();
                    byte[] received = exchange.getRequestBody().readAllBytes();
                    answer(exchange, 200, new JsonObject()
                            .put("service", name)
                            .put("path", path)
                            .put("authorization", exchange.getRequestHeaders().get("Authorization"))
                            .put("received", received.length)
                            .put("forwardedFor", exchange.getRequestHeaders().getFirst("X-Forwarded-For"))
                            .put("forwardedProto", exchange.getRequestHeaders().getFirst("X-Forwarded-Proto"))
                            .put("forwardedPort", exchange.getRequestHeaders().getFirst("X-Forwarded-Port"))
                            .put("forwardedHost", exchange.getRequestHeaders().getFirst("X-Forwarded-Host")));
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.encode().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (exchange.getRequestMethod().equals("HEAD")) {
            // As Quarkus answers HEAD: the length the GET would have, no body.
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        servers.forEach(server -> server.stop(0));
    }
}
