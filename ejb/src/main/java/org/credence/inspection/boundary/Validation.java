package org.credence.inspection.boundary;

import java.util.ArrayList;
import java.util.List;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;

/** Collects every field at fault, then refuses the request at once with all of them (400). */
final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    void check(boolean ok, String field, Message message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
    }

    void fail(String field, Message message) {
        errors.add(new FieldError(field, message));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
