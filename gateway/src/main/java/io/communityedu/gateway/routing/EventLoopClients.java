package io.communityedu.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/**
 * One HTTP client, with its own connection pool, per event loop: a request is forwarded on a
 * connection of the event loop its caller's connection belongs to, so the whole exchange (request
 * in, request out, answer in, answer out) runs on one thread without a hand-over. A single shared
 * client would hand each request to whichever pooled connection was free, often one of another
 * event loop, and every exchange would then cross threads twice (a task queued and the other
 * loop woken up each way), which costs more than the forwarding itself.
 */
final class EventLoopClients {

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final ThreadLocal<HttpClient> ofThread = new ThreadLocal<>();
    private final HttpClient any;

    /** {@code maxConnections} in all, shared out among the {@code eventLoops}. */
    EventLoopClients(Vertx vertx, HttpClientOptions options, int maxConnections, int eventLoops) {
        this.vertx = vertx;
        this.options = options;
        this.pool = new PoolOptions().setHttp1MaxSize(Math.max(8, (maxConnections + eventLoops - 1) / Math.max(1, eventLoops)));
        this.any = vertx.createHttpClient(options, pool);
    }

    /** The client of the calling event loop (created on its first request). */
    HttpClient ofThisEventLoop() {
        HttpClient client = ofThread.get();
        if (client == null) {
            client = vertx.createHttpClient(options, pool);
            ofThread.set(client);
        }
        return client;
    }

    /** A client for what needs one but sends nothing through it (HttpProxy's constructor). */
    HttpClient any() {
        return any;
    }
}
