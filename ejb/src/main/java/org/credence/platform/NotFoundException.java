package org.credence.platform;

/** The thing asked for does not exist. */
public class NotFoundException extends CredenceException {

    private final String kind;

    public NotFoundException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
