package org.credence.platform;

/** A caller went over its request rate; it may try again after {@link #retryAfterSeconds()}. */
public class TooManyRequestsException extends CredenceException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String message, long retryAfterSeconds) {
        super("too-many-requests", 429, "Too many requests", message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
