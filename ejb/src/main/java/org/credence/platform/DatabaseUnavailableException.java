package org.credence.platform;

/**
 * The database cannot serve the request now: the connection failed, or the statement lost to concurrent
 * work (a deadlock, a serialization failure, a lock or statement timeout). Nothing was changed; the caller
 * may try again after {@link #retryAfterSeconds()}.
 */
public class DatabaseUnavailableException extends CredenceException {

    private static final long RETRY_AFTER_SECONDS = 5;

    public DatabaseUnavailableException(Message message) {
        super("database-unavailable", 503, Message.of("title.database-unavailable"), message);
    }

    public long retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }
}
