package org.credence.api.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of resource parameters. Needed beside {@link ProblemMapper} because
 * the JAX-RS implementation ships its own, more specific mapper for validation exceptions.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        return Problems.of(failure).toResponse();
    }
}
