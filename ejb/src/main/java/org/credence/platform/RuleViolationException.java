package org.credence.platform;

/** A well-formed request that a rule of the domain forbids now (422), with the rule's reason. */
public class RuleViolationException extends CredenceException {

    public RuleViolationException(String kind, String message) {
        super(kind, 422, "Not allowed by the rules", message);
    }
}
