package org.credence.audit.control;

import java.util.List;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;
import org.credence.platform.Message;

/** A request whose audit entry would not fit its column (413): refused before it joins others' batch. */
public class AuditEntryTooLargeException extends CredenceException {

    private final String field;
    private final int max;

    public AuditEntryTooLargeException(String field, int max) {
        super(
                "audit-entry-too-large",
                413,
                Message.of("title.audit.too-large"),
                Message.of("audit.too-large", field, max));
        this.field = field;
        this.max = max;
    }

    @Override
    public List<FieldError> errors() {
        return List.of(new FieldError(field, Message.of("audit.field-too-long", max)));
    }
}
