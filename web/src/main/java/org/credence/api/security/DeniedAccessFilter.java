package org.credence.api.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.security.boundary.AccessTrail;
import org.credence.security.entity.Role;
import org.credence.web.RequestAttributes;

/**
 * Every 403, of the API or of a page, leaves an audit entry (action {@code access.denied}): those the
 * container answers before the application runs (a page or an operation outside the caller's roles)
 * on their way to the error page, the application's own after it answered. A refusal whose service
 * audited it already is marked ({@link RequestAttributes#DENIAL_AUDITED}) and not audited twice.
 */
@WebFilter(
        filterName = "Denied access trail",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class DeniedAccessFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(DeniedAccessFilter.class.getName());

    @Inject
    AccessTrail trail;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
                Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
                audit(request, uri instanceof String path ? path : request.getRequestURI());
            }
            chain.doFilter(req, res);
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            if (((HttpServletResponse) res).getStatus() == 403) {
                audit(request, request.getRequestURI());
            }
        }
    }

    private void audit(HttpServletRequest request, String path) {
        if (request.getAttribute(RequestAttributes.DENIAL_AUDITED) != null) {
            return;
        }
        request.setAttribute(RequestAttributes.DENIAL_AUDITED, Boolean.TRUE);
        try {
            boolean client = request.getUserPrincipal() instanceof ClientPrincipal;
            String agency = client ? ((ClientPrincipal) request.getUserPrincipal()).getClaim("agency") : null;
            trail.denied(
                    request.getRemoteUser(),
                    client || request.isUserInRole(Role.Names.AGENCY_CLIENT),
                    agency,
                    request.getMethod() + " " + path,
                    null);
        } catch (RuntimeException e) {
            // the refusal stands whether or not its trace could be written; the log keeps why not
            LOG.log(Level.WARNING, "a refused access could not be audited", e);
        }
    }
}
