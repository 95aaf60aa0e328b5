package org.credence.api.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

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
        return Problems.of(failure, Problems.language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))).toResponse();
    }
}
