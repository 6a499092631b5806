package io.communityedu.gateway.logging;

import io.communityedu.gateway.config.GatewayConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * The access log (one line per request, category {@code io.quarkus.http.access-log}) goes to the
 * console as before, formatted by the console's own formatter, but written in batches, at most
 * {@code gateway.access-log.flush-interval} after each line (like nginx's {@code access_log ... flush=}):
 * one system call per batch instead of one per request, which on a busy gateway was a fifth of its
 * system calls. Every other log line is written at once, as before. A line can show up to the interval
 * late, and the lines of the last interval are lost if the process is killed outright (SIGKILL); a
 * normal stop writes them. An interval of 0, a log that goes anywhere besides the console (a file
 * handler, say), or an access-log category configured with handlers of its own leaves the access log as
 * Quarkus writes it.
 */
@ApplicationScoped
public class AccessLogBatching {

    static final String CATEGORY = "io.quarkus.http.access-log";

    private final Duration interval;
    private Logger accessLog;
    private BatchingHandler handler;

    AccessLogBatching(GatewayConfig config) {
        this.interval = config.accessLog().flushInterval();
    }

    synchronized void start(@Observes StartupEvent startup) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        Logger logger = Logger.getLogger(CATEGORY);
        if (!logger.getUseParentHandlers() || logger.getHandlers().length > 0) {
            return; // configured otherwise: not ours to change
        }
        List<Handler> destinations = new ArrayList<>();
        leaves(Logger.getLogger("").getHandlers(), destinations);
        // Only where the console is where log lines go: a file or other handler would miss the access lines.
        if (destinations.size() != 1 || !(destinations.get(0) instanceof ConsoleHandler console) || console.getFormatter() == null) {
            return;
        }
        String encoding = console.getEncoding();
        handler = new BatchingHandler(console.getFormatter(), System.out,
                encoding == null ? Charset.defaultCharset() : Charset.forName(encoding), interval, "access-log-writer");
        handler.setLevel(console.getLevel());
        handler.setFilter(console.getFilter());
        accessLog = logger;
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    synchronized void stop(@Observes ShutdownEvent shutdown) {
        if (handler != null) {
            accessLog.setUseParentHandlers(true);
            accessLog.removeHandler(handler);
            handler.close();
            handler = null;
        }
    }

    /** The handlers that write somewhere, under those that only pass records on (Quarkus' delayed handler, say). */
    private static void leaves(Handler[] handlers, List<Handler> into) {
        for (Handler handler : handlers) {
            Handler[] children = handler instanceof ExtHandler parent && !(handler instanceof ConsoleHandler) ? parent.getHandlers() : null;
            if (children != null && children.length > 0) {
                leaves(children, into);
            } else {
                into.add(handler);
            }
        }
    }
}
