package io.communityedu.support.audit;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request's audit entry with everything but its answer, taken while the request is current: for
 * a change decided on another thread (a batch of enrolments), whose entry is written there, in the
 * change's transaction, with {@link AuditTrail#record}.
 */
public final class PreparedAuditEntry {

    private final String service;
    private final AuditedRoute route;
    private final AuditedRoute.Resource told;
    private final String actor;
    private final List<String> roles;
    private final String clientId;
    private final String requestId;

    PreparedAuditEntry(String service, AuditedRoute route, AuditedRoute.Resource told, String actor,
                       List<String> roles, String clientId, String requestId) {
        this.service = service;
        this.route = route;
        this.told = told;
        this.actor = actor;
        this.roles = roles;
        this.clientId = clientId;
        this.requestId = requestId;
    }

    /** The entry of the answer: {@code createdId} is what a 201 created under the route (its Location), else null. */
    public AuditEntry answered(int status, String createdId, Instant at) {
        return entry(told != null ? told
                : route.resource(createdId == null ? null : URI.create(route.template() + "/" + createdId)), status, at);
    }

    AuditEntry entry(AuditedRoute.Resource resource, int status, Instant at) {
        return new AuditEntry(UUID.randomUUID().toString(), at, service, actor, roles, clientId, route.action(),
                resource.type(), resource.id(), status, requestId);
    }
}
