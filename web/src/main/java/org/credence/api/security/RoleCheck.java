package org.credence.api.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.credence.web.RequestAttributes;

/**
 * Puts a check of {@link Allowed} before every resource method that has one, on the method or else on its class
 * ({@link Public} on the method or class leaves it open): no caller is refused 401, a caller outside the roles 403.
 * The caller is the one the authentication mechanism established for the request (the servlet request's principal,
 * and the roles the mechanism recorded for it), so the check reads no database, loads no class and takes no lock.
 */
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        String[] roles = rolesOf(List.of(resource.getResourceMethod(), resource.getResourceClass()));
        if (roles != null) {
            context.register(new Filter(roles));
        }
    }

    /** The roles the first of the elements that says anything admits; null when open to anyone or unannotated. */
    static String[] rolesOf(List<AnnotatedElement> methodThenClass) {
        for (AnnotatedElement element : methodThenClass) {
            if (element.isAnnotationPresent(Public.class)) {
                return null;
            }
            Allowed allowed = element.getAnnotation(Allowed.class);
            if (allowed != null) {
                return allowed.value();
            }
        }
        return null;
    }

    /**
     * Whether a caller with one of {@code roles} is admitted: by the roles the authentication mechanism recorded for
     * this request when it named the caller ({@code recorded}, a set), else by asking the container role by role.
     * Both say the same (the roles are the mechanism's groups, one to one, see domain.asadmin); the container's
     * answer is a JACC check per role under a lock every request thread shares, which held lookups up by tens of
     * milliseconds at 64 connections (docs/benchmarks.md, run P).
     */
    static boolean admits(String[] roles, Object recorded, SecurityContext caller) {
        Predicate<String> has = recorded instanceof Set<?> granted ? granted::contains : caller::isUserInRole;
        for (String role : roles) {
            if (has.test(role)) {
                return true;
            }
        }
        return false;
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Filter implements ContainerRequestFilter {

        private final String[] roles;

        Filter(String[] roles) {
            this.roles = roles.clone();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext caller = request.getSecurityContext();
            if (caller == null || caller.getUserPrincipal() == null) {
                throw new NotAuthorizedException(
                        "no caller",
                        Response.status(Response.Status.UNAUTHORIZED).build());
            }
            if (!admits(roles, request.getProperty(RequestAttributes.CALLER_ROLES), caller)) {
                throw new ForbiddenException("the caller has none of the method's roles");
            }
        }
    }
}
