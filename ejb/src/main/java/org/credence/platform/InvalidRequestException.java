package org.credence.platform;

import java.util.List;

/** A request that breaks a rule only the service can check (beyond Bean Validation); lists every field at fault. */
public class InvalidRequestException extends CredenceException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("validation", 400, "The request is not valid", errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid.");
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
