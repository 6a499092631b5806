package io.communityedu.programmes.domain;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * An amount of CNY as the database keeps it, DECIMAL(14,2): at most two decimals (refused, never
 * rounded) and at most 999999999999.99. Whether zero or negatives are allowed is up to each field.
 */
@Digits(integer = 12, fraction = 2)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
public @interface Money {

    String message() default "must be an amount with at most 2 decimals, at most 999999999999.99";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
