package io.communityedu.gateway.routing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.communityedu.gateway.config.GatewayConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;

/**
 * Limits the requests under {@code /api} per caller with Bucket4j token buckets: one per caller, the
 * {@code sub} of the bearer token together with its signature (read, not verified: the services verify
 * tokens; with the signature in the key, a token forged with someone else's {@code sub} gets a bucket of
 * its own instead of using up theirs), and one per client address ({@link TrustedProxies#client}) that
 * every request draws from as well, so that made-up subjects cannot get round the limit. A request
 * over either limit is a problem+json {@code 429} with {@code Retry-After} and is not forwarded.
 * Buckets of callers not seen for a while are dropped.
 */
@ApplicationScoped
public class RateLimit {

    private static final Duration IDLE = Duration.ofMinutes(10);

    private final GatewayConfig.RateLimit config;
    private final TrustedProxies trustedProxies;
    private final Cache<String, Bucket> callers;
    private final Cache<String, Bucket> addresses;
    private final Function<String, Bucket> perCaller;
    private final Function<String, Bucket> perAddress;

    RateLimit(GatewayConfig config, TrustedProxies trustedProxies) {
        this.config = config.rateLimit();
        this.trustedProxies = trustedProxies;
        this.callers = Caffeine.newBuilder().expireAfterAccess(IDLE).maximumSize(200_000).build();
        this.addresses = Caffeine.newBuilder().expireAfterAccess(IDLE).maximumSize(200_000).build();
        this.perCaller = bucket(this.config.perCaller());
        this.perAddress = bucket(this.config.perAddress());
    }

    void register(@Observes Router router) {
        if (config.enabled() && (config.perCaller().requests() > 0 || config.perAddress().requests() > 0)) {
            router.route("/api/*").order(RequestIds.ORDER + 1).handler(this::check);
        }
    }

    private void check(RoutingContext context) {
        String caller = callerKey(context.request().getHeader("Authorization"));
        if (caller != null && config.perCaller().requests() > 0) {
            ConsumptionProbe probe = callers.get(caller, perCaller).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                refuse(context, probe, "this caller");
                return;
            }
        }
        if (config.perAddress().requests() > 0) {
            ConsumptionProbe probe = addresses.get(trustedProxies.client(context.request()), perAddress)
                    .tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                refuse(context, probe, "this client address");
                return;
            }
        }
        context.next();
    }

    private Function<String, Bucket> bucket(GatewayConfig.Limit limit) {
        return key -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(Math.max(limit.burst(), limit.requests()))
                        .refillGreedy(limit.requests(), config.period()))
                .build();
    }

    private static void refuse(RoutingContext context, ConsumptionProbe probe, String who) {
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        context.response().setStatusCode(429)
                .putHeader("Content-Type", GatewayProblem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(seconds))
                .end(GatewayProblem.body(429, "Too Many Requests",
                        "Too many requests from " + who + "; try again in " + seconds + " s."));
    }

    /** The {@code sub} claim of a bearer JWT and a hash of its signature, or {@code null} when there is no readable one. */
    static String callerKey(String authorization) {
        if (authorization == null || authorization.length() > 16_384) {
            return null;
        }
        String[] words = authorization.trim().split(" +", 2);
        if (words.length != 2 || !words[0].equalsIgnoreCase("bearer")) {
            return null;
        }
        String[] parts = words[1].trim().split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            Object sub = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).getValue("sub");
            return sub instanceof String text && !text.isEmpty() ? text + ":" + Integer.toHexString(parts[2].hashCode()) : null;
        } catch (RuntimeException e) {
            return null; // not a JWT: only the address limit applies (and the service refuses it)
        }
    }
}
