package org.credence.platform;

import java.util.List;

/** A request that breaks a rule only the service can check (beyond Bean Validation); lists every field at fault. */
public class InvalidRequestException extends CredenceException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(
                "validation",
                400,
                Message.of("title.validation"),
                errors.size() == 1
                        ? Message.of(
                                "detail.one-field",
                                errors.get(0).field(),
                                errors.get(0).text())
                        : Message.of("detail.fields", errors.size()));
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, Message message) {
        this(List.of(new FieldError(field, message)));
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
