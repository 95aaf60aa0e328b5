package org.credence.platform;

/** A well-formed request that a rule of the domain forbids now (422), with the rule's reason. */
public class RuleViolationException extends CredenceException {

    private final String kind;

    public RuleViolationException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Not allowed by the rules";
    }
}
