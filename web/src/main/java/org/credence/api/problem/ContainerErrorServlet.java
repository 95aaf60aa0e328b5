package org.credence.api.problem;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.credence.web.Language;

/**
 * Renders errors the servlet container raises itself (failed authentication, an unknown path
 * outside the API) as problem documents too; web.xml routes error pages here. A browser that asked
 * for a page of the interface gets a short page in its language instead.
 */
@WebServlet("/problem")
public class ContainerErrorServlet extends HttpServlet {

    @Inject
    Language language;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String accept = request.getHeader("Accept");
        if (uri instanceof String path
                && !path.startsWith(request.getContextPath() + "/api/")
                && accept != null
                && accept.contains("text/html")) {
            page(request, response, status);
            return;
        }
        Problem problem = Problems.forStatus(status, Problems.language(request.getHeader("Accept-Language")));
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toJson().toString());
    }

    /** A short page in the reader's language for a browser that asked for a page of the interface. */
    void page(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        String key = switch (status) {
            case 400 -> "holes.error.400";
            case 401 -> "error.401";
            case 403 -> "error.403";
            case 404 -> "error.404";
            case 429 -> "holes.error.429";
            default -> "error.other";
        };
        page(request, response, status, key);
    }

    /** A short page in the reader's language: the status and the message of {@code key}. */
    void page(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String lang = language.getLocale().toLanguageTag();
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"><title>"
                        + status + " · " + language.text("app.name")
                        + "</title></head><body style=\"font-family: sans-serif;"
                        + " margin: 3rem\"><h1 id=\"error-title\">" + status + "</h1><p id=\"error-message\">"
                        + language.text(key) + "</p><p><a href=\"" + request.getContextPath() + "/index.xhtml\">"
                        + language.text("error.home") + "</a></p></body></html>");
    }
}
