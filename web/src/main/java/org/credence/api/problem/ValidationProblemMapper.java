package org.credence.api.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Bean Validation failures of resource parameters. Needed beside {@link ProblemMapper} because
 * the JAX-RS implementation ships its own, more specific mapper for validation exceptions.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        Locale language =
                Problems.language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Problems.inLanguage(Problems.of(failure, language).toResponse(), language);
    }
}
