package io.communityedu.support.audit;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on every JAX-RS resource class: its state-changing requests run in one transaction that also
 * writes their audit entry ({@link AuditInterceptor}); refusals are written by {@link AuditResponseFilter}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {
}
