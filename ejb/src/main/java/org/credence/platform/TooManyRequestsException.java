package org.credence.platform;

/** A caller went over its request rate; it may try again after {@link #retryAfterSeconds()}. */
public class TooManyRequestsException extends CredenceException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(Message message, long retryAfterSeconds) {
        super("too-many-requests", 429, Message.of("title.too-many-requests"), message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
