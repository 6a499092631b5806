package io.communityedu.enrolment.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communityedu.enrolment.domain.Notification;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs queued notifications to {@code notify.webhook.url} until each is answered 2xx: a failure is retried
 * after 1 s, then twice as long each time up to 5 min, forever. A crash after sending and before marking means
 * one more POST of the same {@code X-Notification-Id}, which the receiver can drop.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    /** Beyond one POST's longest possible duration, so the claim outlives it. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    private final WebhookDeliveries deliveries;
    private final NotifyConfig.Webhook config;
    private final ObjectMapper json;
    private volatile boolean running;
    private Thread thread;
    private HttpClient client;

    public WebhookWorker(WebhookDeliveries deliveries, NotifyConfig config, ObjectMapper json) {
        this.deliveries = deliveries;
        this.config = config.webhook();
        this.json = json;
    }

    void start(@Observes StartupEvent event) {
        if (config.url().isEmpty()) {
            return;
        }
        client = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        running = true;
        thread = new Thread(() -> run(config.url().get()), "notification-webhook");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        thread.interrupt();
        thread.join(Duration.ofSeconds(10).toMillis());
    }

    private void run(URI url) {
        Duration lease = config.connectTimeout().plus(config.requestTimeout()).plus(LEASE_MARGIN);
        while (running) {
            try {
                for (WebhookDeliveries.Due due : deliveries.claim(config.batchSize(), lease)) {
                    send(url, due);
                }
                Thread.sleep(config.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database is away: what was claimed is due again when its lease ends.
                LOG.warnf("Notification webhook paused: %s", e.getMessage());
                pause();
            }
        }
    }

    private void send(URI url, WebhookDeliveries.Due due) throws InterruptedException {
        String id = due.delivery().notificationId;
        String failure;
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url)
                    .timeout(config.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-Notification-Id", id)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(due.message())))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                deliveries.delivered(id);
                return;
            }
            failure = "HTTP " + response.statusCode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        Duration backoff = backoff(due.delivery().attempts + 1);
        LOG.debugf("Notification %s not accepted (%s); next attempt in %s", id, failure, backoff);
        deliveries.failed(id, backoff, failure.length() > 300 ? failure.substring(0, 300) : failure);
    }

    /** After the n-th failed attempt. */
    private Duration backoff(int failures) {
        Duration max = config.maxBackoff();
        Duration next = config.initialBackoff();
        for (int i = 1; i < failures && next.compareTo(max) < 0; i++) {
            next = next.multipliedBy(2);
        }
        return next.compareTo(max) < 0 ? next : max;
    }

    private void pause() {
        try {
            Thread.sleep(config.pollInterval().multipliedBy(4).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
