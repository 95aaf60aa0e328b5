package org.credence.platform;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.util.Locale;

/**
 * One reason a request was refused, tied to the field it concerns and, for a batch or a file, to
 * the row (the index in a JSON array, the line in a CSV file). {@code message} is the English text of
 * {@code text}, which {@link #message(Locale)} writes in the reader's language.
 */
public record FieldError(
        Long row,
        String field,
        String message,
        @JsonbTransient Message text) implements Serializable {

    public FieldError(Long row, String field, Message text) {
        this(row, field, text.english(), text);
    }

    public FieldError(String field, Message text) {
        this(null, field, text);
    }

    public FieldError atRow(long row) {
        return new FieldError(row, field, message, text);
    }

    public String message(Locale locale) {
        return text.in(locale);
    }

    /** The same error with {@code message} in the reader's language. */
    public FieldError localized(Locale locale) {
        return new FieldError(row, field, text.in(locale), text);
    }
}
