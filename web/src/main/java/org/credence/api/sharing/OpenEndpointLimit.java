package org.credence.api.sharing;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.credence.sharing.boundary.RateLimits;

/**
 * Every endpoint that needs no signing in is limited per client address (429 problem document with
 * Retry-After): the public business profile by its own limit, counted by its resource, and the rest
 * (published plans, draws and results; the token endpoint and its keys) by
 * {@code credence.public.other-requests-per-minute}.
 */
@Provider
public class OpenEndpointLimit implements ContainerRequestFilter {

    @Inject
    RateLimits limits;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (open(context.getUriInfo().getPath())) {
            limits.openAddress(request.getRemoteAddr());
        }
    }

    /** Whether a path under the API (without its leading slash) needs no signing in and has no limit of its own. */
    static boolean open(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return (p.startsWith("public/") && !p.startsWith("public/businesses")) || p.startsWith("oauth/");
    }
}
