package io.communityedu.gateway.routing;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id} (the caller's, when it sent a sensible one), passes it
 * to the service and returns it to the caller, so one id ties the gateway's and the services' logs.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Before every other route, including the proxy routes. */
    static final int ORDER = -1000;
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        // An id that could forge log lines or blow up headers is replaced, not passed on.
        String id = given != null && ACCEPTABLE.matcher(given).matches() ? given : newId();
        context.request().headers().set(HEADER, id);
        // Set last, so a service's echo of the header never doubles it.
        context.addHeadersEndHandler(v -> context.response().headers().set(HEADER, id));
        context.next();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id ties log lines together and
     * guards nothing (a caller may choose its own), so it needs no SecureRandom, whose shared,
     * synchronized generator reads /dev/urandom.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = random.nextLong() & ~0xf000L | 0x4000L;
        long least = random.nextLong() & ~(0xc000L << 48) | (0x8000L << 48);
        return new UUID(most, least).toString();
    }
}
