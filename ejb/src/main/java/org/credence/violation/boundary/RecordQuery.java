package org.credence.violation.boundary;

import org.credence.platform.PageIndex;
import org.credence.platform.PageSize;
import org.credence.violation.entity.RecordStatus;

/** Filters for a business's records, named as the API's query parameters; each filter optional. */
public record RecordQuery(
        String agency,
        String category,
        RecordStatus status,

        @PageIndex int page,

        @PageSize int size) {}
