package org.credence.platform;

/** A well-formed request that a rule of the domain forbids now (422), with the rule's reason. */
public class RuleViolationException extends CredenceException {

    public RuleViolationException(String kind, Message message) {
        super(kind, 422, Message.of("title.rule"), message);
    }
}
