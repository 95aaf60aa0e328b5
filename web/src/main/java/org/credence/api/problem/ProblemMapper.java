package org.credence.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.credence.platform.DatabaseUnavailableException;
import org.credence.platform.TooManyRequestsException;
import org.credence.web.RequestAttributes;

/** Every exception that reaches JAX-RS leaves as a problem document. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = Problems.effective(thrown);
        Locale language =
                Problems.language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (request != null && Problems.audited(failure)) {
            request.setAttribute(RequestAttributes.DENIAL_AUDITED, Boolean.TRUE);
        }
        Response response = Problems.inLanguage(Problems.of(failure, language).toResponse(), language);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TooManyRequestsException tooMany) {
                return Response.fromResponse(response)
                        .header("Retry-After", tooMany.retryAfterSeconds())
                        .build();
            }
            if (t instanceof DatabaseUnavailableException unavailable) {
                return Response.fromResponse(response)
                        .header("Retry-After", unavailable.retryAfterSeconds())
                        .build();
            }
        }
        return response;
    }
}
