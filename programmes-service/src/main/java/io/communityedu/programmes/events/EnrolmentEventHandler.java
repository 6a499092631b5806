package io.communityedu.programmes.events;

import io.communityedu.programmes.config.ProgrammesConfig;
import io.communityedu.programmes.persistence.SessionRepository;
import io.communityedu.support.inbox.EventHandler;
import io.communityedu.support.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Learns each session's places taken from enrolment-events (keyed by session, so the newest count
 * comes last): a capacity below it is refused. Any enrolment event also tells that the session has
 * enrolments, which fixes its allocation. enrolment-service alone decides who gets a place.
 */
@ApplicationScoped
public class EnrolmentEventHandler implements EventHandler {

    private final ProgrammesConfig config;
    private final SessionRepository sessions;

    public EnrolmentEventHandler(ProgrammesConfig config, SessionRepository sessions) {
        this.config = config;
        this.sessions = sessions;
    }

    @Override
    public String topic() {
        return config.enrolmentTopic();
    }

    @Override
    public void handle(IncomingEvent event) {
        if (!event.type().startsWith("Enrolment") || !event.data().hasNonNull("sessionId")) {
            return;
        }
        sessions.findByIdOptional(event.data().get("sessionId").asText()).ifPresent(session -> {
            session.enrolmentsSeen = true;
            if (event.data().has("placesTaken")) {
                session.confirmedCount = event.data().get("placesTaken").asInt();
            }
        });
    }
}
