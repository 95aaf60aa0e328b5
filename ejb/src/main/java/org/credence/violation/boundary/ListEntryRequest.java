package org.credence.violation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.credence.violation.entity.ListType;

/**
 * Puts a business on a list. {@code agency} may be left out by an agency administrator (their own);
 * {@code listedOn} defaults to today.
 */
public record ListEntryRequest(
        @NotBlank(message = "is required") String uscc,

        @NotNull(message = "is required: ABNORMAL_OPERATIONS or SERIOUS_ILLEGAL")
        ListType list,

        String agency,

        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
        String reason,

        LocalDate listedOn) {}
