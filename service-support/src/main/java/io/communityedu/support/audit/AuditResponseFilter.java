package io.communityedu.support.audit;

import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The audit entry of a state-changing request whose change did not commit: refused by the service,
 * by the security checks (401, 403) or the body's parsing (400), or failed at commit. Written in a
 * transaction of its own, on a worker thread (security refusals are answered on the event loop).
 * Requests that matched no resource method addressed nothing and get no entry.
 */
public class AuditResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditResponseFilter.class);

    private final AuditTrail trail;
    private final RequestAudit request;

    public AuditResponseFilter(AuditTrail trail, RequestAudit request) {
        this.trail = trail;
        this.request = request;
    }

    @ServerResponseFilter
    public Uni<Void> audit(ContainerResponseContext response) {
        if (request.written() || !request.changesState()) {
            return Uni.createFrom().voidItem();
        }
        AuditedRoute route = request.route();
        if (route == null) {
            return Uni.createFrom().voidItem();
        }
        if (response.getStatus() < 400) {
            LOG.warnf("%s answered without its audit interceptor: is its resource class @Audited?", route.action());
        }
        AuditEntry entry = trail.refusal(route, response.getStatus());
        request.markWritten();
        if (BlockingOperationControl.isBlockingAllowed()) {
            write(entry);
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(() -> {
            write(entry);
            return entry;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
    }

    private void write(AuditEntry entry) {
        try {
            trail.recordRefusal(entry);
        } catch (RuntimeException e) {
            // The database refused too (the request's own failure, most likely): nothing to keep it in.
            LOG.warnf("Audit entry of %s %d not written: %s", entry.action(), entry.status(), e.getClass().getName());
        }
    }
}
