package org.credence.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * No page of Credence is stateless, so a form post that claims a {@code stateless} view state is
 * forged: 400 before Faces tries to rebuild the view from it (which ended in a 500). Only
 * url-encoded posts are read here, and as UTF-8 (the pages' encoding), so that the form's Chinese
 * fields reach Faces as they were typed; multipart posts are left to Faces.
 */
public class ForgedViewState extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (urlEncodedPost(request.getMethod(), request.getContentType())) {
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            if (forged(request.getParameter(VIEW_STATE))) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean urlEncodedPost(String method, String contentType) {
        return "POST".equalsIgnoreCase(method)
                && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    static boolean forged(String viewState) {
        return viewState != null && "stateless".equalsIgnoreCase(viewState.strip());
    }
}
