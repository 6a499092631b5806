package io.communityedu.enrolment.notifications;

import io.communityedu.enrolment.service.NotificationView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inbox as server-sent events. Any instance may write a notification, so each open stream polls the
 * database rather than waiting for a local signal.
 */
@ApplicationScoped
public class NotificationStream {

    /**
     * A notification's createdAt is taken before its transaction commits: a poll looks back this far for rows
     * committed late, remembering the ids it sent so none goes twice.
     */
    private static final Duration LATE_COMMIT = Duration.ofSeconds(10);

    private final NotificationService service;
    private final NotifyConfig config;

    public NotificationStream(NotificationService service, NotifyConfig config) {
        this.service = service;
        this.config = config;
    }

    /** From {@code from} on (the stream's opening, or the notification after which the client resumes). */
    public Multi<OutboundSseEvent> open(Sse sse, String inbox, Instant from, String lastEventId) {
        Cursor cursor = new Cursor(inbox, from, lastEventId);
        Multi<OutboundSseEvent> notifications = Multi.createFrom().ticks().every(config.stream().pollInterval())
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .concatMap(tick -> Multi.createFrom().iterable(cursor.next(service)))
                .map(n -> sse.newEventBuilder().id(n.id()).name("notification")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(NotificationResponse.class, NotificationResponse.of(n)).build());
        // The first one at once: the client knows the stream is open, and from when it will hear of notifications.
        Multi<OutboundSseEvent> heartbeats = Multi.createBy().concatenating()
                .streams(Multi.createFrom().item(0L), Multi.createFrom().ticks().every(config.stream().heartbeat()))
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(notifications, heartbeats);
    }

    /** One stream's position: polls run one after the other (concatMap), so it needs no locking. */
    private static final class Cursor {

        private final String inbox;
        private final Instant from;
        private final Map<String, Instant> sent = new HashMap<>();
        private Instant newest;

        Cursor(String inbox, Instant from, String lastEventId) {
            this.inbox = inbox;
            this.from = from;
            this.newest = from;
            if (lastEventId != null) {
                sent.put(lastEventId, from);
            }
        }

        List<NotificationView> next(NotificationService service) {
            Instant lookBack = newest.minus(LATE_COMMIT);
            Instant since = lookBack.isAfter(from) ? lookBack : from;
            sent.values().removeIf(at -> at.isBefore(since));
            List<NotificationView> found = service.since(inbox, since, List.copyOf(sent.keySet()));
            for (NotificationView n : found) {
                sent.put(n.id(), n.createdAt());
                if (n.createdAt().isAfter(newest)) {
                    newest = n.createdAt();
                }
            }
            return found;
        }
    }
}
