package org.credence.platform;

/** The caller is authenticated but may not do this to this particular thing. */
public class NotPermittedException extends CredenceException {

    public NotPermittedException(Message message) {
        super("forbidden", 403, Message.of("title.forbidden"), message);
    }
}
