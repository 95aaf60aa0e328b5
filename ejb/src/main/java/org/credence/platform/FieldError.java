package org.credence.platform;

import java.io.Serializable;

/**
 * One reason a request was refused, tied to the field it concerns and, for a batch or a file, to
 * the row (the index in a JSON array, the line in a CSV file).
 */
public record FieldError(Long row, String field, String message) implements Serializable {

    public FieldError(String field, String message) {
        this(null, field, message);
    }

    public FieldError atRow(long row) {
        return new FieldError(row, field, message);
    }
}
