package org.credence.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * Root of every business failure Credence reports to a caller. Thrown from a transactional boundary,
 * it rolls the transaction back, so a failed operation changes nothing. The API turns {@code kind}
 * into the problem type, and uses {@code status} as it is; the title and the detail are
 * {@link Message}s, written in the reader's language (the exception's own message is the English).
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class CredenceException extends RuntimeException {

    private final String kind;
    private final int status;
    private final Message title;
    private final Message detail;
    private volatile boolean audited;

    protected CredenceException(String kind, int status, Message title, Message detail) {
        super(detail.english());
        this.kind = kind;
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    /** A stable, short identifier of the kind of failure. */
    public String kind() {
        return kind;
    }

    /** The HTTP status that describes this failure best. */
    public int status() {
        return status;
    }

    /** A short, human summary of the kind of failure, the same for every occurrence, in English. */
    public String title() {
        return title.english();
    }

    /** The summary in the reader's language. */
    public String title(Locale locale) {
        return title.in(locale);
    }

    /** What went wrong this time, in the reader's language. */
    public String detail(Locale locale) {
        return detail.in(locale);
    }

    public Message detail() {
        return detail;
    }

    /** The fields (and rows) at fault, when the failure is about the request's content. */
    public List<FieldError> errors() {
        return List.of();
    }

    /** Marks that the service wrote this refusal's audit entry itself, so the web tier writes none. */
    public void markAudited() {
        audited = true;
    }

    /** Whether the refusal has its audit entry already. */
    public boolean audited() {
        return audited;
    }
}
