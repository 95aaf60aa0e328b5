package org.credence.api.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The roles that may call a resource method (on a method) or every method of a resource (on its class), checked by
 * {@link RoleCheck} before the method runs: without a caller 401, outside these roles 403.
 *
 * <p>It stands where {@code @RolesAllowed} would: Payara adds its own filter for every {@code @RolesAllowed} or
 * {@code @PermitAll} resource method, which asks Soteria for the caller on every request, and Soteria's parser then
 * tries to load a JBoss class through the web module's class loader each time, under that loader's lock. In an EAR
 * Payara's switch for that filter ({@code jaxrs-roles-allowed-enabled}) is not applied, so the resources carry no
 * annotation it knows. The EJBs keep {@code @RolesAllowed}, which the EJB container checks.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Allowed {

    /** Role names, as {@code Role.Names} spells them. */
    String[] value();
}
