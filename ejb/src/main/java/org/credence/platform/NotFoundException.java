package org.credence.platform;

/** The thing asked for does not exist. */
public class NotFoundException extends CredenceException {

    public NotFoundException(String kind, String message) {
        super(kind, 404, "Not found", message);
    }
}
