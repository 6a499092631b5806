package io.communityedu.support.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/**
 * Runs a state-changing resource method in one transaction (the service's own {@code @Transactional}
 * joins it) and writes the request's audit entry in it: the entry commits with the change, or not at
 * all. If the method throws or the commit fails, {@link AuditResponseFilter} writes the refusal.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AuditInterceptor {

    private final AuditTrail trail;
    private final RequestAudit request;

    public AuditInterceptor(AuditTrail trail, RequestAudit request) {
        this.trail = trail;
        this.request = request;
    }

    @AroundInvoke
    Object audit(InvocationContext context) throws Exception {
        if (!request.changesState() || request.written()) {
            return context.proceed(); // reads cost nothing here: a read worth an entry records it itself
        }
        AuditedRoute route = request.route();
        if (route == null) {
            return context.proceed();
        }
        Object answer;
        try {
            answer = QuarkusTransaction.joiningExisting().call(() -> {
                Object result = proceed(context);
                if (!request.written()) { // the service may have written it where it decided (AuditTrail.record)
                    trail.recordAnswer(route, status(result, context), location(result));
                }
                return result;
            });
        } catch (CheckedFailure failure) {
            throw failure.checked;
        }
        request.markWritten();
        return answer;
    }

    private static Object proceed(InvocationContext context) {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CheckedFailure(e);
        }
    }

    private static int status(Object result, InvocationContext context) {
        if (result instanceof Response response) {
            return response.getStatus();
        }
        if (result instanceof RestResponse<?> response) {
            return response.getStatus();
        }
        ResponseStatus declared = context.getMethod().getAnnotation(ResponseStatus.class);
        if (declared != null) {
            return declared.value();
        }
        return result == null ? 204 : 200;
    }

    private static URI location(Object result) {
        if (result instanceof Response response) {
            return response.getLocation();
        }
        return result instanceof RestResponse<?> response ? response.getLocation() : null;
    }

    /** Carries a checked exception of the resource method through the transaction's lambda. */
    private static final class CheckedFailure extends RuntimeException {
        private final Exception checked;

        CheckedFailure(Exception checked) {
            super(checked);
            this.checked = checked;
        }
    }
}
