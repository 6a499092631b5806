package io.communityedu.enrolment.notifications;

import io.communityedu.enrolment.domain.Enrolment;
import io.communityedu.enrolment.domain.EnrolmentStatus;
import io.communityedu.enrolment.domain.Notification;
import io.communityedu.enrolment.domain.NotificationKind;
import io.communityedu.enrolment.domain.Resident;
import io.communityedu.enrolment.domain.SessionReplica;
import io.communityedu.enrolment.events.EnrolmentSnapshot;
import io.communityedu.enrolment.events.ResidentNotices;
import io.communityedu.enrolment.events.SessionFacts;
import io.communityedu.enrolment.persistence.EnrolmentRepository;
import io.communityedu.enrolment.persistence.NotificationRepository;
import io.communityedu.enrolment.persistence.ResidentRepository;
import io.communityedu.enrolment.service.NotificationView;
import io.communityedu.enrolment.service.SelfService;
import io.communityedu.support.paging.PageRequest;
import io.communityedu.support.problem.ProblemException;
import io.communityedu.support.time.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resident notifications: written in the transaction of the change they tell about, into the resident's inbox
 * and their guardian's, and queued for the webhook when one is configured.
 */
@ApplicationScoped
@Transactional
public class NotificationService implements ResidentNotices {

    private final NotificationRepository notifications;
    private final NotificationDeliveryRepository deliveries;
    private final EnrolmentRepository enrolments;
    private final ResidentRepository residents;
    private final SelfService self;
    private final NotifyConfig config;

    public NotificationService(NotificationRepository notifications, NotificationDeliveryRepository deliveries,
                               EnrolmentRepository enrolments, ResidentRepository residents, SelfService self,
                               NotifyConfig config) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.enrolments = enrolments;
        this.residents = residents;
        this.self = self;
        this.config = config;
    }

    @Override
    public void enrolmentChanged(String type, Enrolment enrolment, SessionReplica session, Resident resident,
                                 Integer waitlistPosition) {
        NotificationKind kind = switch (type) {
            case EnrolmentSnapshot.CONFIRMED, EnrolmentSnapshot.ACCEPTED -> NotificationKind.ENROLMENT_CONFIRMED;
            case EnrolmentSnapshot.WAITLISTED -> NotificationKind.WAITLISTED;
            case EnrolmentSnapshot.PROMOTED -> NotificationKind.PROMOTED;
            case EnrolmentSnapshot.CANCELLED, EnrolmentSnapshot.DECLINED -> NotificationKind.CANCELLED;
            case EnrolmentSnapshot.COMPLETED -> NotificationKind.COMPLETED;
            case EnrolmentSnapshot.APPLIED -> NotificationKind.APPLICATION_RECEIVED;
            case EnrolmentSnapshot.DRAWN -> enrolment.status == EnrolmentStatus.CONFIRMED
                    ? NotificationKind.DRAW_WON : NotificationKind.DRAW_WAITLISTED;
            case EnrolmentSnapshot.OFFERED -> NotificationKind.PLACE_OFFERED;
            case EnrolmentSnapshot.EXPIRED -> NotificationKind.OFFER_EXPIRED;
            default -> throw new IllegalArgumentException("No notification for " + type);
        };
        Object detail = switch (kind) {
            case WAITLISTED, DRAW_WAITLISTED -> waitlistPosition; // counted once, by the change itself
            case COMPLETED -> enrolment.certificateNumber;
            case PLACE_OFFERED -> enrolment.offerExpiresAt;
            case APPLICATION_RECEIVED -> session.enrolmentClosesAt;
            case CANCELLED -> EnrolmentSnapshot.DECLINED.equals(type) ? NotificationTexts.DECLINED : null;
            default -> null;
        };
        notify(kind, resident, enrolment.id, session, detail);
    }

    /** Reminds the resident (and guardian) that an offered place lapses soon; the offers sweeper calls it once. */
    public void offerExpiring(Enrolment enrolment, SessionReplica session, Resident resident) {
        notify(NotificationKind.OFFER_EXPIRING, resident, enrolment.id, session, enrolment.offerExpiresAt);
    }

    /** Tells everyone holding a place (confirmed, waitlisted, applied or offered) when the session's dates, venue or status changed. */
    @Override
    public void sessionChanged(SessionFacts before, SessionReplica session) {
        if (before == null || before.equals(SessionFacts.of(session))) {
            return;
        }
        List<Enrolment> holding = enrolments.holdingPlaces(session.sessionId);
        if (holding.isEmpty()) {
            return;
        }
        Map<String, Resident> byId = residents.byIds(holding.stream().map(e -> e.residentId).toList()).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        for (Enrolment held : holding) {
            notify(NotificationKind.SESSION_CHANGED, byId.get(held.residentId), held.id, session, null);
        }
    }

    /** The caller's inbox, newest first; {@code unread} null for all. */
    public InboxView inbox(Boolean unread, PageRequest page) {
        String inbox = inboxOfCaller();
        PanacheQuery<Notification> query = notifications.inbox(inbox, unread).page(page.page(), page.size());
        return new InboxView(page.respond(query.list().stream().map(NotificationView::of).toList(), query.count()),
                notifications.countUnread(inbox));
    }

    /** Marks one of the caller's notifications read; the first time it was read is kept. */
    public NotificationView read(String id) {
        Notification notification = notifications.inInbox(inboxOfCaller(), id)
                .orElseThrow(() -> ProblemException.notFound("Notification", id));
        if (notification.readAt == null) {
            notification.readAt = Timestamps.now();
        }
        return NotificationView.of(notification);
    }

    /** The caller's resident id, whose inbox they read; 404 when the account is not registered. */
    public String inboxOfCaller() {
        return self.self().id;
    }

    /** When that notification of the inbox was made, if it is one. */
    public Optional<Instant> createdAt(String inbox, String id) {
        return notifications.inInbox(inbox, id).map(n -> n.createdAt);
    }

    public List<NotificationView> since(String inbox, Instant from, Collection<String> excluded) {
        return notifications.since(inbox, from, excluded).stream().map(NotificationView::of).toList();
    }

    private void notify(NotificationKind kind, Resident resident, String enrolmentId, SessionReplica session,
                        Object detail) {
        if (resident.isErased()) {
            return; // an erased resident is nobody's to tell: their inbox is gone, as is their guardian's copy
        }
        Instant now = Timestamps.now();
        write(resident.id, kind, resident, enrolmentId, session, detail, now);
        if (resident.guardianId != null) {
            write(resident.guardianId, kind, resident, enrolmentId, session, detail, now);
        }
    }

    private void write(String recipientId, NotificationKind kind, Resident resident, String enrolmentId,
                       SessionReplica session, Object detail, Instant now) {
        Notification n = new Notification();
        n.id = UUID.randomUUID().toString();
        n.recipientId = recipientId;
        n.residentId = resident.id;
        n.kind = kind;
        n.enrolmentId = enrolmentId;
        n.sessionId = session.sessionId;
        n.title = NotificationTexts.title(kind);
        n.body = NotificationTexts.body(kind, !recipientId.equals(resident.id), session, detail);
        n.createdAt = now;
        notifications.persist(n);
        if (config.webhook().url().isPresent()) {
            NotificationDelivery delivery = new NotificationDelivery();
            delivery.notificationId = n.id;
            delivery.nextAttemptAt = now;
            deliveries.persist(delivery);
        }
    }
}
