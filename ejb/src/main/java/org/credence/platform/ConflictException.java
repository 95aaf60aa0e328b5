package org.credence.platform;

/** The request clashes with what is already stored (a duplicate, a stale version). */
public class ConflictException extends CredenceException {

    private final String kind;

    public ConflictException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict with the current state";
    }
}
