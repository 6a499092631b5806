package io.communityedu.support.audit;

import io.communityedu.support.outbox.Outbox;
import io.communityedu.support.time.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Writes audit entries to the service's outbox: Kafka being down delays them, never loses them.
 * Accepted changes' entries by {@link AuditInterceptor}, refusals' by {@link AuditResponseFilter},
 * reads of full resident records by the service itself ({@link #recordRead}).
 */
@ApplicationScoped
public class AuditTrail {

    private final Outbox outbox;
    private final AuditConfig config;
    private final Event<AuditRecorded> recorded;
    private final RequestAudit request;
    private final String service;

    public AuditTrail(Outbox outbox, AuditConfig config, Event<AuditRecorded> recorded, RequestAudit request,
                      @ConfigProperty(name = "quarkus.application.name") String service) {
        this.outbox = outbox;
        this.config = config;
        this.recorded = recorded;
        this.request = request;
        this.service = service;
    }

    /** A full resident record was read in this request; the entry commits with the request's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRead(String resourceType, String resourceId) {
        AuditedRoute route = request.route();
        if (route == null) {
            throw new IllegalStateException("A read is audited only while a resource method answers a request");
        }
        write(request.entry(route, new AuditedRoute.Resource(resourceType, resourceId), 200, Timestamps.now(), service));
    }

    /**
     * A change a background job made on its own (e.g. retention erasing an inactive resident), in the
     * transaction of the change: actor {@code system:<job>}, no roles, no request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordJob(String job, String action, String resourceType, String resourceId) {
        write(new AuditEntry(UUID.randomUUID().toString(), Timestamps.now(), service, "system:" + job, List.of(), null,
                action, resourceType, resourceId, 200, null));
    }

    /**
     * This request's entry but for its answer, to be written with {@link #record} where the change is decided (another
     * thread); then {@link #markRecorded} before the request answers. Null outside a resource method.
     */
    public PreparedAuditEntry prepare() {
        AuditedRoute route = request.route();
        return route == null ? null : request.prepare(route, service);
    }

    /** A prepared entry's answer, in the transaction of the change (or of the refusal). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEntry entry) {
        write(entry);
    }

    /** This request's entry was written with {@link #record}: nothing is left to write for it. */
    public void markRecorded() {
        request.markWritten();
    }

    /** The answer of a state-changing request, in the transaction of its change. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordAnswer(AuditedRoute route, int status, URI location) {
        write(request.entry(route, request.resource(route, location), status, Timestamps.now(), service));
    }

    /** The entry of a request whose change did not happen, built while its request is current. */
    AuditEntry refusal(AuditedRoute route, int status) {
        return request.entry(route, request.resource(route, null), status, Timestamps.now(), service);
    }

    /** A refusal's entry, in a transaction of its own (the request's, if any, rolled back). */
    void recordRefusal(AuditEntry entry) {
        QuarkusTransaction.requiringNew().run(() -> write(entry));
    }

    private void write(AuditEntry entry) {
        outbox.publish(config.topic(), entry.messageKey(), AuditEntry.EVENT_TYPE, entry);
        recorded.fire(new AuditRecorded(entry));
    }
}
