package org.credence.platform;

/** The request clashes with what is already stored (a duplicate, a stale version). */
public class ConflictException extends CredenceException {

    public ConflictException(String kind, String message) {
        super(kind, 409, "Conflict with the current state", message);
    }
}
