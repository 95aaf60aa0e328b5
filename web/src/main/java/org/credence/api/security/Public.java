package org.credence.api.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Anyone may call the resource method (on a method, over its class's {@link Allowed}) or every method of the
 * resource (on its class), signed in or not. It stands where {@code @PermitAll} would (see {@link Allowed} for why).
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Public {}
