package org.credence.api.security;

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

/** Puts {@link SecurityHeaders} on every answer, the container's error pages included. */
@WebFilter(
        filterName = "Security headers",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        // on the way to an error page, the headers are those of the path the error answers
        Object failed = request.getDispatcherType() == DispatcherType.ERROR
                ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                : null;
        String uri = failed instanceof String s ? s : request.getRequestURI();
        String path = uri.startsWith(request.getContextPath())
                ? uri.substring(request.getContextPath().length())
                : uri;
        SecurityHeaders.of(path, request.isSecure()).forEach(response::setHeader);
        chain.doFilter(req, res);
    }
}
