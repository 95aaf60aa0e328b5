package org.credence.business.entity;

import java.util.List;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;
import org.credence.platform.Message;

/** A code that is not a valid Unified Social Credit Code; the message says exactly why. */
public class InvalidUsccException extends CredenceException {

    public enum Reason {
        LENGTH,
        ALPHABET,
        DIVISION_CODE,
        CHECK_CHARACTER
    }

    private final Reason reason;
    private final Character expectedCheckCharacter;

    public InvalidUsccException(String code, Reason reason, Message message, Character expectedCheckCharacter) {
        super("invalid-uscc", 400, Message.of("title.invalid-uscc"), message);
        this.reason = reason;
        this.expectedCheckCharacter = expectedCheckCharacter;
    }

    public Reason reason() {
        return reason;
    }

    /** The check character the code should end with, when only that is wrong. */
    public Character expectedCheckCharacter() {
        return expectedCheckCharacter;
    }

    @Override
    public List<FieldError> errors() {
        return List.of(new FieldError("uscc", detail()));
    }
}
