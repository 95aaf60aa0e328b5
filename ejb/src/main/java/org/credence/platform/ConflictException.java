package org.credence.platform;

/** The request clashes with what is already stored (a duplicate, a stale version). */
public class ConflictException extends CredenceException {

    public ConflictException(String kind, Message message) {
        super(kind, 409, Message.of("title.conflict"), message);
    }
}
