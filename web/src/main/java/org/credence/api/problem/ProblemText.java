package org.credence.api.problem;

import java.util.List;
import org.credence.platform.FieldError;
import org.credence.platform.InternalNames;

/** What a problem document says, without a class name of the server's insides, whatever message a library gave. */
final class ProblemText {

    private ProblemText() {}

    static String detail(String detail) {
        return InternalNames.scrubbed(detail);
    }

    static List<FieldError> errors(List<FieldError> errors) {
        return errors == null
                ? List.of()
                : errors.stream()
                        .map(e -> InternalNames.names(e.message())
                                ? new FieldError(e.row(), e.field(), InternalNames.scrubbed(e.message()), e.text())
                                : e)
                        .toList();
    }
}
