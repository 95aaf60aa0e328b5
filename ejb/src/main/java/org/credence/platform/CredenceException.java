package org.credence.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Root of every business failure Credence reports to a caller. Thrown from a transactional boundary,
 * it rolls the transaction back, so a failed operation changes nothing. The API turns {@code kind}
 * into the problem type, and uses {@code status} and {@code title} as they are.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class CredenceException extends RuntimeException {

    private final String kind;
    private final int status;
    private final String title;

    protected CredenceException(String kind, int status, String title, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.title = title;
    }

    /** A stable, short identifier of the kind of failure. */
    public String kind() {
        return kind;
    }

    /** The HTTP status that describes this failure best. */
    public int status() {
        return status;
    }

    /** A short, human summary of the kind of failure, the same for every occurrence. */
    public String title() {
        return title;
    }

    /** The fields (and rows) at fault, when the failure is about the request's content. */
    public List<FieldError> errors() {
        return List.of();
    }
}
