package org.credence.violation.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.credence.violation.entity.RecordStatus;

/** Filters for a business's records, named as the API's query parameters; each filter optional. */
public record RecordQuery(
        String agency,
        String category,
        RecordStatus status,

        @Min(value = 0, message = "must be between 0 and 100000")
        @Max(value = 100_000, message = "must be between 0 and 100000")
        int page,

        @Min(value = 1, message = "must be between 1 and 100")
        @Max(value = 100, message = "must be between 1 and 100")
        int size) {
}
