package io.communityedu.support.audit;

import io.communityedu.support.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.logging.Logger;

import java.lang.reflect.Method;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The audit side of the current request: which route it matched, who is calling, what it
 * addressed (derived from the route, or said by the service with {@link #about}), and whether its
 * entry is written already.
 */
@RequestScoped
public class RequestAudit {

    private static final Logger LOG = Logger.getLogger(RequestAudit.class);
    /** The gateway's X-Request-Id shape; anything else is not kept. */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ContainerRequestContext request;
    private final ResourceInfo resourceInfo;
    private final Caller caller;
    private String resourceType;
    private String resourceId;
    private boolean told;
    private boolean written;

    public RequestAudit(ContainerRequestContext request, ResourceInfo resourceInfo, Caller caller) {
        this.request = request;
        this.resourceInfo = resourceInfo;
        this.caller = caller;
    }

    /** What this request addressed, where the route alone does not say it (e.g. {@code DELETE /api/v1/me}). */
    public void about(String resourceType, String resourceId) {
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.told = true;
    }

    /** Whether this request's method changes state: the only requests audited without being asked. */
    boolean changesState() {
        return AuditedRoute.changesState(request.getMethod());
    }

    /** The matched route; null when no resource method matched. */
    AuditedRoute route() {
        Method method;
        try {
            method = resourceInfo.getResourceMethod();
        } catch (RuntimeException e) {
            return null;
        }
        return method == null ? null : AuditedRoute.of(request.getMethod(), method, request.getUriInfo().getPathParameters());
    }

    boolean written() {
        return written;
    }

    void markWritten() {
        written = true;
    }

    /** What the request addressed: what the service said, else what its route and answer say. */
    AuditedRoute.Resource resource(AuditedRoute route, URI location) {
        return told ? new AuditedRoute.Resource(resourceType, resourceId) : route.resource(location);
    }

    AuditEntry entry(AuditedRoute route, AuditedRoute.Resource resource, int status, Instant at, String service) {
        return prepare(route, service).entry(resource, status, at);
    }

    /** Everything of the entry but the answer, read now while the request is current. */
    PreparedAuditEntry prepare(AuditedRoute route, String service) {
        String actor = null;
        String clientId = null;
        List<String> roles = List.of();
        try {
            if (!caller.isAnonymous()) {
                actor = caller.subject();
                clientId = caller.clientId();
                roles = caller.roles();
            }
        } catch (RuntimeException e) {
            // An invalid token fails again when asked for: the refusal has no actor.
            LOG.debugf("No caller for the audit entry: %s", e.getClass().getName());
        }
        String requestId = request.getHeaderString("X-Request-Id");
        return new PreparedAuditEntry(service, route, told ? new AuditedRoute.Resource(resourceType, resourceId) : null,
                actor, roles, clientId,
                requestId != null && REQUEST_ID.matcher(requestId).matches() ? requestId : null);
    }
}
