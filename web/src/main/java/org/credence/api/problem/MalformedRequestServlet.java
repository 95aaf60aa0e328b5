package org.credence.api.problem;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.credence.platform.Message;

/**
 * Answers the requests Payara's servlet container would refuse before any application sees them (an
 * encoded NUL or backslash, a broken percent escape, bytes that are not UTF-8, ".." above the root,
 * the TRACE method): the container's answer is a bare 400 or 405 without a body, or even a bare 200.
 * The listener's guard ({@code org.credence.grizzly.HttpGuard}, config/domain.asadmin) hands such a
 * request here instead, with {@code reason}, {@code status} and whether it addressed the API in the
 * query; the answer is a problem document in the caller's language (a browser asking for a page of the
 * interface gets a short page), and the connection is closed. The request's body is never read.
 */
@WebServlet("/malformed-request")
public class MalformedRequestServlet extends ContainerErrorServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> REASONS =
            Set.of("nul", "backslash", "bad-escape", "not-utf8", "not-absolute", "above-root");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = "405".equals(request.getParameter("status")) ? 405 : 400;
        response.setHeader("Connection", "close");
        String accept = request.getHeader("Accept");
        if (!"true".equals(request.getParameter("api")) && accept != null && accept.contains("text/html")) {
            page(request, response, status, status == 405 ? "http.error.405" : "http.error.address");
            return;
        }
        Locale language = Problems.language(request.getHeader("Accept-Language"));
        Problem problem =
                status == 405 ? Problems.forStatus(405, language) : address(request.getParameter("reason"), language);
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", language.toLanguageTag());
        response.setHeader("Vary", "Accept-Language");
        response.getWriter().write(problem.toJson().toString());
    }

    /** The problem of an address that cannot be read, saying why. */
    static Problem address(String reason, Locale language) {
        return new Problem(
                "malformed-address",
                Message.of("http.address.title").in(language),
                400,
                why(reason).in(language));
    }

    /** Why an address cannot be read, for a reason the guard gave (any other value is not repeated). */
    static Message why(String reason) {
        return Message.of("http.address." + (reason != null && REASONS.contains(reason) ? reason : "other"));
    }
}
