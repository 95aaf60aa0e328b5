package org.credence.platform;

/** The thing asked for does not exist. */
public class NotFoundException extends CredenceException {

    public NotFoundException(String kind, Message message) {
        super(kind, 404, Message.of("title.not-found"), message);
    }
}
