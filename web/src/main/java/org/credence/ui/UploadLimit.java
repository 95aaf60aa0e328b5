package org.credence.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The Faces servlet takes multipart bodies up to 1 GiB for the record intake page; every other page
 * (the public ones included) is refused a multipart body over {@link #PAGE_BYTES} with 413 before
 * anything of it is read or spooled. A body of unknown length is refused there too.
 */
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The page that takes large files (its own limit is the servlet's multipart configuration). */
    static final String INTAKE_PAGE = "/app/intake.xhtml";
    /** Evidence files (10 MiB) and the rest of their form. */
    static final long PAGE_BYTES = 11L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (refused(request.getContentType(), request.getServletPath(), request.getContentLengthLong())) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean refused(String contentType, String servletPath, long contentLength) {
        boolean multipart =
                contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        return multipart && !INTAKE_PAGE.equals(servletPath) && (contentLength < 0 || contentLength > PAGE_BYTES);
    }
}
