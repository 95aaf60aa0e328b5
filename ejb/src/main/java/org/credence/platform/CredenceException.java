package org.credence.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Root of every business failure Credence reports to a caller. Thrown from a transactional boundary,
 * it rolls the transaction back, so a failed operation changes nothing.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class CredenceException extends RuntimeException {

    protected CredenceException(String message) {
        super(message);
    }

    /** A stable, short identifier of the kind of failure; the API turns it into the problem type. */
    public abstract String kind();

    /** The HTTP status that describes this failure best. */
    public abstract int status();

    /** A short, human summary of the kind of failure, the same for every occurrence. */
    public abstract String title();

    /** The fields (and rows) at fault, when the failure is about the request's content. */
    public List<FieldError> errors() {
        return List.of();
    }
}
