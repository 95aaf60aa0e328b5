package org.credence.platform;

/** The caller is authenticated but may not do this to this particular thing. */
public class NotPermittedException extends CredenceException {

    public NotPermittedException(String message) {
        super(message);
    }

    @Override
    public String kind() {
        return "forbidden";
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Not permitted";
    }
}
